// Turns one row of a file into a feedback item through the column mapping, and names every problem
// by row, field and column. Conversions are forgiving where exports are messy ("9分", "4,5", phone
// numbers stored as numbers) and strict where guessing would store wrong data.
import { createHash } from 'node:crypto';
import type { FeedbackInput } from '../feedback/feedback.schema.ts';
import { cellText, isBlank, type Cell, type RowValues } from './cells.ts';
import { RATING_TARGETS, type ImportMapping } from './imports.schema.ts';
import { parseDate } from './parse-date.ts';

export interface RowProblem {
  field: string | null;
  message: string;
}

export interface MapContext {
  source: FeedbackInput['source'];
  channel: string;
  mapping: ImportMapping;
  timezone: string;
}

export function mapRow(values: RowValues, context: MapContext): { item: Record<string, unknown>; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const item: Record<string, unknown> = { source: context.source, channel: context.channel };
  const identifiers: Record<string, string> = {};
  const metadata: Record<string, unknown> = {};
  for (const [target, column] of Object.entries(context.mapping)) {
    const cell = values[column];
    if (isBlank(cell ?? null)) continue;
    const problem = (message: string) => problems.push({ field: target, message });
    if ((RATING_TARGETS as readonly string[]).includes(target)) {
      const rating = toNumber(cell!);
      if (rating === undefined) problem(`"${shorten(cellText(cell))}" is not a number`);
      else item[target] = rating;
    } else if (target === 'occurred_at') {
      const date = parseDate(cell!, context.timezone);
      if (typeof date === 'string') problem(date);
      else item.occurred_at = date.toISOString();
    } else if (target.startsWith('identifiers.')) {
      identifiers[target.slice('identifiers.'.length)] = identifierText(cell!);
    } else if (target.startsWith('metadata.')) {
      metadata[target.slice('metadata.'.length)] = cell instanceof Date ? cell.toISOString() : typeof cell === 'string' ? cell.trim() : cell;
    } else {
      item[target] = cellText(cell).trim();
    }
  }
  if (Object.keys(identifiers).length > 0) item.identifiers = identifiers;
  if (Object.keys(metadata).length > 0) item.metadata = metadata;
  // Without an id column, the row's own content identifies it: importing the same file twice is harmless.
  item.external_id ??= rowHash(values);
  return { item, problems };
}

/** A stable id for a row: the same cells under the same column names give the same id, in any column order. */
export function rowHash(values: RowValues): string {
  const canonical = Object.keys(values)
    .sort()
    .map((column) => [column, isBlank(values[column] ?? null) ? '' : cellText(values[column]).trim()]);
  return `row-${createHash('sha256').update(JSON.stringify(canonical)).digest('base64url').slice(0, 32)}`;
}

function toNumber(cell: Cell): number | undefined {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'boolean' || cell instanceof Date || cell === null) return undefined;
  const match = /^\s*(-?\d+(?:[.,]\d+)?)\s*(?:分|星|points?|stars?|\/\s*(?:5|7|10))?\s*$/i.exec(cell);
  return match ? Number(match[1]!.replace(',', '.')) : undefined;
}

function identifierText(cell: Cell): string {
  // A phone or member number stored as a number in Excel must not become "1.38e+10".
  if (typeof cell === 'number') return Number.isInteger(cell) ? BigInt(cell).toString() : String(cell);
  return cellText(cell).trim();
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
