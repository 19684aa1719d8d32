// The mapping step: the file's columns and first rows as they decode with the detected (or chosen)
// encoding, and a suggested mapping — so a GBK file showing mojibake is caught before anything is stored.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import type { RowValues } from './cells.ts';
import { normaliseEncoding } from './detect-file.ts';
import { canImportFeedback } from './imports.policy.ts';
import { findImport, type ImportRow } from './imports.repo.ts';
import { previewQuerySchema } from './imports.schema.ts';
import { readRows } from './read-rows.ts';
import { suggestMapping } from './suggest-mapping.ts';

export interface ImportPreview {
  import: ImportRow;
  encoding: string | null;
  columns: string[];
  rows: Array<{ number: number; values: RowValues }>;
  problems: Array<{ number: number; message: string }>;
  suggestedMapping: Record<string, string>;
}

export async function previewImport(db: Db, actor: Actor, id: string, rawQuery: unknown): Promise<ImportPreview> {
  authorize(canImportFeedback(actor), 'import feedback');
  const query = parseInput(previewQuerySchema, rawQuery);
  const row = await findImport(db, actor.orgId, id);
  if (!row) throw new AppError('not_found', 'No such import.');
  if (row.status !== 'uploaded') throw new AppError('conflict', 'This import has already been started; its file is no longer previewed.');
  const encoding = row.format === 'xlsx' ? null : resolveEncoding(query.encoding ?? row.detectedEncoding ?? 'utf-8');
  const preview = await readPreview(row.filePath, row, encoding, query.rows);
  return { import: row, encoding, ...preview, suggestedMapping: suggestMapping(preview.columns) };
}

export function resolveEncoding(name: string): string {
  const encoding = normaliseEncoding(name);
  if (!encoding) throw new AppError('validation_failed', `"${name}" is not an encoding OpenVoC can read (e.g. utf-8, gbk, gb18030, big5, utf-16le).`, [{ path: 'encoding', message: 'unknown encoding' }]);
  return encoding;
}

async function readPreview(filePath: string, row: ImportRow, encoding: string | null, limit: number) {
  const columns: string[] = [];
  const rows: ImportPreview['rows'] = [];
  const problems: ImportPreview['problems'] = [];
  for await (const event of readRows(filePath, { format: row.format, encoding: encoding ?? 'utf-8' })) {
    if (event.kind === 'header') columns.push(...event.columns);
    else if (event.kind === 'error') problems.push({ number: event.number, message: event.message });
    else {
      rows.push({ number: event.number, values: event.values });
      // JSON Lines has no header: its columns are the keys met in the first rows.
      for (const key of Object.keys(event.values)) if (!columns.includes(key)) columns.push(key);
    }
    if (rows.length + problems.length >= limit) break;
  }
  return { columns, rows, problems };
}
