// Any chart's data as an Excel workbook. Built on the server with exceljs because a real XLSX
// writer is too heavy for the dashboard bundle; CSV and PNG are made in the browser.
import ExcelJS from 'exceljs';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canReadMetrics } from './metrics.policy.ts';
import { tableExportSchema } from './metrics.schema.ts';

export async function exportTable(actor: Actor, rawInput: unknown): Promise<{ filename: string; body: Buffer }> {
  authorize(canReadMetrics(actor), 'export metrics');
  const input = parseInput(tableExportSchema, rawInput);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OpenVoC';
  // Sheet names cannot hold []:*?/\ and are at most 31 characters.
  const sheet = workbook.addWorksheet(input.title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'data');
  sheet.addRow(input.columns).font = { bold: true };
  for (const row of input.rows) sheet.addRow(row);
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  const filename = `${input.title.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 80) || 'export'}.xlsx`;
  return { filename, body };
}
