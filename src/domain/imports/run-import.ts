// Runs an import: streams the file row by row, checks every row on its own (a bad row is reported by
// row number and field, the good rows around it are imported), and sends valid rows to ingestion in
// batches. Re-running is harmless: every row has an external id (its own column, or a hash of its
// content), so rows already imported come back as duplicates. Used by the job and by the CLI.
import { rm } from 'node:fs/promises';
import type { Db } from '../../db/pool.ts';
import { isAppError } from '../../errors.ts';
import { systemActor, type Actor } from '../actor.ts';
import { listChannels } from '../channels/list-channels.ts';
import { feedbackInputSchema, MAX_BATCH_SIZE } from '../feedback/feedback.schema.ts';
import { ingestFeedbackBatch } from '../feedback/ingest-feedback-batch.ts';
import { existingTouchpointIds } from '../journeys/existing-touchpoint-ids.ts';
import { formatPath, safeParseUntrusted, type FieldProblem } from '../parse-input.ts';
import { findImport, finishImport, insertImportErrors, markRunning, saveProgress, type ImportErrorRow, type ImportProgress, type ImportRow } from './imports.repo.ts';
import { mapRow, type MapContext } from './map-row.ts';
import { DEFAULT_TIMEZONE } from './parse-date.ts';
import { readRows } from './read-rows.ts';

/** Errors kept per import; the count goes on beyond it. A file where everything fails needs no million-line report. */
export const MAX_STORED_ERRORS = 10_000;

export interface RunOptions {
  onProgress?: (progress: ImportProgress & { importId: string; fileSize: number }) => void;
  /** Rows per ingestion batch (tests use small ones). */
  batchSize?: number;
}

interface PendingRow {
  number: number;
  item: Record<string, unknown>;
}

export async function runImport(db: Db, orgId: string, importId: string, options: RunOptions = {}): Promise<ImportRow | undefined> {
  const found = await findImport(db, orgId, importId);
  if (!found || !['queued', 'running'].includes(found.status) || !found.mapping || !found.source || !found.channel) return found;
  const job = found as ImportRow & { mapping: Record<string, string>; source: string; channel: string };
  await markRunning(db, orgId, importId);
  const actor = systemActor(orgId);
  const progress: ImportProgress = { bytesRead: 0, rowsRead: 0, rowsCreated: 0, rowsDuplicate: 0, rowsFailed: 0, errorCount: 0 };
  const errors: ImportErrorRow[] = [];
  const fail = (number: number, field: string | null, message: string) => {
    if (progress.errorCount < MAX_STORED_ERRORS) errors.push({ rowNumber: number, field, message });
    progress.errorCount += 1;
  };
  const failRow = (number: number, problems: Array<{ field: string | null; message: string }>) => {
    progress.rowsFailed += 1;
    for (const problem of problems) fail(number, problem.field, problem.message);
  };

  // Two batches overlap: while one is being written (the database works), the next is analysed (this
  // process works). The caller waits for the batch before the one it submits, so at most two are held.
  let previous: Promise<boolean> = Promise.resolve(true);
  const flush = (batch: PendingRow[]): Promise<boolean> => {
    const ingestion = ingestRows(db, actor, batch, progress, failRow);
    ingestion.catch(() => undefined); // awaited below; this only keeps it from counting as unhandled meanwhile
    const before = previous;
    previous = before.then(async (going) => {
      await ingestion;
      await insertImportErrors(db, orgId, importId, errors.splice(0));
      const status = await saveProgress(db, orgId, importId, progress);
      options.onProgress?.({ ...progress, importId, fileSize: job.fileSize });
      return going && status === 'running';
    });
    return before;
  };

  let failure: string | null = null;
  try {
    const channels = new Set((await listChannels(db, actor)).map((channel) => channel.key));
    const context: MapContext = { source: job.source as MapContext['source'], channel: job.channel, mapping: job.mapping, timezone: job.timezone ?? DEFAULT_TIMEZONE };
    const batchSize = Math.min(options.batchSize ?? MAX_BATCH_SIZE, MAX_BATCH_SIZE);
    let batch: PendingRow[] = [];
    let going = true;
    for await (const event of readRows(job.filePath, { format: job.format, encoding: job.encoding ?? 'utf-8', onBytes: (bytes) => (progress.bytesRead = bytes) })) {
      if (event.kind === 'header') {
        const missing = Object.values(job.mapping).filter((column) => !event.columns.includes(column));
        if (missing.length > 0) throw new ImportFailure(`The file has no column ${missing.map((column) => `"${column}"`).join(', ')} (its columns: ${event.columns.map((column) => `"${column}"`).join(', ')}).`);
        continue;
      }
      progress.rowsRead += 1;
      if (event.kind === 'error') {
        failRow(event.number, [{ field: null, message: event.message }]);
        continue;
      }
      const { item, problems } = mapRow(event.values, context);
      const checked = problems.length > 0 ? undefined : safeParseUntrusted(feedbackInputSchema, item);
      if (checked && !checked.success) problems.push(...checked.error.issues.map((issue) => ({ field: formatPath(issue.path as Array<string | number>) || null, message: issue.message })));
      if (problems.length === 0 && !channels.has(String(item.channel))) problems.push({ field: 'channel', message: `"${String(item.channel)}" is not a channel of this organisation` });
      if (problems.length > 0) {
        failRow(event.number, problems);
        continue;
      }
      batch.push({ number: event.number, item });
      if (batch.length >= batchSize) {
        going = await flush(batch);
        batch = [];
        if (!going) break;
      }
    }
    if (going) await flush(batch);
    await previous;
  } catch (error) {
    await previous.catch(() => undefined);
    failure = error instanceof ImportFailure ? error.message : `The import stopped: ${(error as Error).message}`;
    await insertImportErrors(db, orgId, importId, errors.splice(0)).catch(() => undefined);
    await saveProgress(db, orgId, importId, progress).catch(() => undefined);
  }
  await finishImport(db, orgId, importId, failure ? 'failed' : 'completed', failure);
  // An uploaded file has served its purpose; a CLI user's own file is theirs to keep.
  if (job.fileOwned) await rm(job.filePath, { force: true }).catch(() => undefined);
  return findImport(db, orgId, importId);
}

class ImportFailure extends Error {}

async function ingestRows(
  db: Db,
  actor: Actor,
  batch: PendingRow[],
  progress: ImportProgress,
  failRow: (number: number, problems: Array<{ field: string | null; message: string }>) => void,
): Promise<void> {
  if (batch.length === 0) return;
  const touchpoints = await existingTouchpointIds(db, actor, batch.flatMap((row) => (typeof row.item.touchpoint_id === 'string' ? [row.item.touchpoint_id] : [])));
  let rows = batch.filter((row) => {
    if (typeof row.item.touchpoint_id !== 'string' || touchpoints.has(row.item.touchpoint_id)) return true;
    failRow(row.number, [{ field: 'touchpoint_id', message: 'no such touchpoint in this organisation' }]);
    return false;
  });
  // Every row was checked on its own, so ingestion should accept the batch; should it still refuse
  // some rows, those are reported and the rest sent again.
  for (let attempt = 0; attempt < 2 && rows.length > 0; attempt++) {
    try {
      const outcomes = await ingestFeedbackBatch(db, actor, rows.map((row) => row.item));
      for (const outcome of outcomes) {
        if (outcome.status === 'created') progress.rowsCreated += 1;
        else progress.rowsDuplicate += 1;
      }
      return;
    } catch (error) {
      if (!isAppError(error) || error.code !== 'validation_failed' || !Array.isArray(error.details) || attempt > 0) throw error;
      const byIndex = new Map<number, Array<{ field: string | null; message: string }>>();
      for (const problem of error.details as FieldProblem[]) {
        const match = /^items\[(\d+)\]\.?(.*)$/.exec(problem.path);
        if (!match) throw error;
        const index = Number(match[1]);
        byIndex.set(index, [...(byIndex.get(index) ?? []), { field: match[2] || null, message: problem.message }]);
      }
      rows.forEach((row, index) => byIndex.has(index) && failRow(row.number, byIndex.get(index)!));
      rows = rows.filter((_row, index) => !byIndex.has(index));
    }
  }
}

/** "row 12, field nps (column “score”): Too big: expected number to be <=10" */
export function describeImportError(error: ImportErrorRow, mapping: Record<string, string> | null): string {
  const column = error.field ? mapping?.[error.field] : undefined;
  const field = error.field ? `, field ${error.field}${column ? ` (column "${column}")` : ''}` : '';
  return `row ${error.rowNumber}${field}: ${error.message}`;
}
