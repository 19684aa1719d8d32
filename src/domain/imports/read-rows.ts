// Streams the rows of an import file — CSV (any encoding, any common delimiter), XLSX (first worksheet)
// or JSON Lines — holding one row at a time, so a 1 GB file needs no more memory than a small one.
// A malformed row becomes an error event with its row number; the rows after it are still read.
import { createReadStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { cellFromXlsx, flattenJson, isBlank, type Cell, type RowValues } from './cells.ts';
import { detectDelimiter, readSample, type ImportFormat } from './detect-file.ts';
import { splitLines } from './line-splitter.ts';

export type RowEvent =
  | { kind: 'header'; columns: string[] }
  | { kind: 'row'; number: number; values: RowValues }
  | { kind: 'error'; number: number; message: string };

export interface ReadOptions {
  format: ImportFormat;
  encoding: string;
  /** Called with the number of file bytes read so far (for progress). */
  onBytes?: (bytes: number) => void;
}

// A record longer than this is a broken file (an unclosed quote swallowing everything), not feedback.
const MAX_CSV_RECORD_CHARS = 4 * 1024 * 1024;
const MAX_JSON_LINE_CHARS = 4 * 1024 * 1024;

export async function* readRows(filePath: string, options: ReadOptions): AsyncGenerator<RowEvent> {
  const input = countingStream(filePath, options.onBytes);
  try {
    if (options.format === 'xlsx') yield* readXlsx(input);
    else if (options.format === 'jsonl') yield* readJsonLines(input, options.encoding);
    else yield* readCsv(input, options.encoding, await csvDelimiter(filePath, options.encoding));
  } finally {
    input.destroy();
  }
}

function countingStream(filePath: string, onBytes?: (bytes: number) => void): Readable {
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      onBytes?.(bytes);
      done(null, chunk);
    },
  });
  const file = createReadStream(filePath, { highWaterMark: 256 * 1024 });
  file.on('error', (error) => counter.destroy(error));
  return file.pipe(counter);
}

async function csvDelimiter(filePath: string, encoding: string): Promise<string> {
  const sample = iconv.decode(await readSample(filePath, 16 * 1024), encoding);
  return detectDelimiter(sample.split('\n', 1)[0] ?? '');
}

async function* readCsv(input: Readable, encoding: string, delimiter: string): AsyncGenerator<RowEvent> {
  // The parser reads ahead of this loop, so a skipped record is reported when the loop reaches its place:
  // after the `records` records that preceded it (the header counts), never earlier.
  const skipped: Array<{ code: string; lines: number; records: number }> = [];
  const parser = input.pipe(iconv.decodeStream(encoding)).pipe(
    parse({
      delimiter,
      bom: true,
      info: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      max_record_size: MAX_CSV_RECORD_CHARS,
      on_skip: (error) => {
        if (error) {
          const position = error as unknown as { lines: number; records: number };
          skipped.push({ code: error.code, lines: position.lines, records: position.records });
        }
      },
    }),
  );
  let columns: string[] | undefined;
  let lastLine = 0;
  let recordsSeen = 0;
  const errorsBefore = function* (records: number): Generator<RowEvent> {
    while (skipped.length > 0 && skipped[0]!.records <= records) {
      const error = skipped.shift()!;
      yield { kind: 'error', number: lastLine + 1, message: csvErrorMessage(error.code) };
      lastLine = Math.max(lastLine, error.lines);
    }
  };
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield* errorsBefore(recordsSeen);
    recordsSeen += 1;
    const newlinesInside = record.reduce((count, field) => count + (field.match(/\n/g)?.length ?? 0), 0);
    const number = info.lines - newlinesInside;
    lastLine = info.lines;
    if (!columns) {
      columns = headerNames(record);
      yield { kind: 'header', columns };
      continue;
    }
    if (record.every((field) => field.trim() === '')) continue;
    if (record.length > columns.length && record.slice(columns.length).some((field) => field.trim() !== '')) {
      yield { kind: 'error', number, message: `has ${record.length} values but the header has ${columns.length} columns (a delimiter inside an unquoted value?)` };
      continue;
    }
    const values: RowValues = {};
    columns.forEach((column, index) => (values[column] = record[index] ?? null));
    yield { kind: 'row', number, values };
  }
  yield* errorsBefore(Number.POSITIVE_INFINITY);
}

function csvErrorMessage(code: string): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted value is never closed (an unmatched " swallowed the rest of the file from here)';
    case 'CSV_MAX_RECORD_SIZE':
      return `is longer than ${MAX_CSV_RECORD_CHARS / 1024 / 1024} M characters; the file cannot be read past this row`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted value is followed by other characters before the next delimiter';
    default:
      return `is not valid CSV (${code})`;
  }
}

/** Blank header cells get a name, and repeated names a number, so every column can be mapped. */
export function headerNames(cells: Array<Cell | undefined>): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, index) => {
    const base = isBlank(cell ?? null) ? `column ${index + 1}` : String(cell).trim();
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

async function* readXlsx(input: Readable): AsyncGenerator<RowEvent> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    // Styles tell dates from numbers.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const worksheet of workbook) {
    let columns: string[] | undefined;
    for await (const row of worksheet as AsyncIterable<{ number: number; values: unknown[] }>) {
      const cells = (row.values ?? []).slice(1).map(cellFromXlsx);
      if (cells.every((cell) => isBlank(cell))) continue;
      if (!columns) {
        columns = headerNames(cells);
        yield { kind: 'header', columns };
        continue;
      }
      const values: RowValues = {};
      columns.forEach((column, index) => (values[column] = cells[index] ?? null));
      yield { kind: 'row', number: row.number, values };
    }
    // Only the first worksheet is imported.
    return;
  }
}

async function* readJsonLines(input: Readable, encoding: string): AsyncGenerator<RowEvent> {
  const text = input.pipe(iconv.decodeStream(encoding)) as AsyncIterable<string>;
  for await (const line of splitLines(text, MAX_JSON_LINE_CHARS)) {
    if (line.tooLong) {
      yield { kind: 'error', number: line.number, message: `is longer than ${MAX_JSON_LINE_CHARS / 1024 / 1024} M characters` };
      continue;
    }
    const source = line.text!.replace(/^\uFEFF/, '').trim();
    if (source === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch (error) {
      yield { kind: 'error', number: line.number, message: `is not valid JSON (${(error as Error).message})` };
      continue;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      yield { kind: 'error', number: line.number, message: 'is not a JSON object' };
      continue;
    }
    yield { kind: 'row', number: line.number, values: flattenJson(parsed as Record<string, unknown>) };
  }
}
