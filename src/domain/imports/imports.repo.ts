// All SQL of file imports: the import records with their progress, and their row-level errors.
import type { Db } from '../../db/pool.ts';
import type { ImportFormat } from './detect-file.ts';

export type ImportStatus = 'uploaded' | 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

export interface ImportRow {
  id: string;
  createdBy: string;
  fileName: string;
  filePath: string;
  fileOwned: boolean;
  fileSize: number;
  format: ImportFormat;
  detectedEncoding: string | null;
  encoding: string | null;
  source: string | null;
  channel: string | null;
  mapping: Record<string, string> | null;
  timezone: string | null;
  status: ImportStatus;
  bytesRead: number;
  rowsRead: number;
  rowsCreated: number;
  rowsDuplicate: number;
  rowsFailed: number;
  errorCount: number;
  failure: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const columns = `id, created_by AS "createdBy", file_name AS "fileName", file_path AS "filePath", file_owned AS "fileOwned",
  file_size AS "fileSize", format, detected_encoding AS "detectedEncoding", encoding, source, channel, mapping, timezone, status,
  bytes_read AS "bytesRead", rows_read AS "rowsRead", rows_created AS "rowsCreated", rows_duplicate AS "rowsDuplicate",
  rows_failed AS "rowsFailed", error_count AS "errorCount", failure, created_at AS "createdAt", started_at AS "startedAt",
  finished_at AS "finishedAt"`;

export interface NewImport {
  id: string;
  createdBy: string;
  fileName: string;
  filePath: string;
  fileOwned: boolean;
  fileSize: number;
  format: ImportFormat;
  detectedEncoding: string | null;
}

export async function insertImport(db: Db, orgId: string, row: NewImport): Promise<ImportRow> {
  const result = await db.query<ImportRow>(
    `INSERT INTO imports (id, org_id, created_by, file_name, file_path, file_owned, file_size, format, detected_encoding, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'uploaded') RETURNING ${columns}`,
    [row.id, orgId, row.createdBy, row.fileName, row.filePath, row.fileOwned, row.fileSize, row.format, row.detectedEncoding],
  );
  return result.rows[0]!;
}

export async function findImport(db: Db, orgId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<ImportRow | undefined> {
  const result = await db.query<ImportRow>(`SELECT ${columns} FROM imports WHERE org_id = $1 AND id = $2${options.forUpdate ? ' FOR UPDATE' : ''}`, [orgId, id]);
  return result.rows[0];
}

export async function selectImports(db: Db, orgId: string, limit: number): Promise<ImportRow[]> {
  const result = await db.query<ImportRow>(`SELECT ${columns} FROM imports WHERE org_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`, [orgId, limit]);
  return result.rows;
}

export interface ImportSettingsUpdate {
  source: string;
  channel: string;
  mapping: Record<string, string>;
  encoding: string;
  timezone: string;
}

export async function queueImport(db: Db, orgId: string, id: string, settings: ImportSettingsUpdate): Promise<ImportRow> {
  const result = await db.query<ImportRow>(
    `UPDATE imports SET source = $3, channel = $4, mapping = $5, encoding = $6, timezone = $7, status = 'queued'
      WHERE org_id = $1 AND id = $2 RETURNING ${columns}`,
    [orgId, id, settings.source, settings.channel, JSON.stringify(settings.mapping), settings.encoding, settings.timezone],
  );
  return result.rows[0]!;
}

/** Starts (or restarts after a crash) a run from zero: counters and errors of an earlier attempt go. */
export async function markRunning(db: Db, orgId: string, id: string): Promise<void> {
  await db.query(`DELETE FROM import_errors WHERE org_id = $1 AND import_id = $2`, [orgId, id]);
  await db.query(
    `UPDATE imports SET status = 'running', started_at = now(), finished_at = NULL, failure = NULL, bytes_read = 0, rows_read = 0,
            rows_created = 0, rows_duplicate = 0, rows_failed = 0, error_count = 0
      WHERE org_id = $1 AND id = $2`,
    [orgId, id],
  );
}

export interface ImportProgress {
  bytesRead: number;
  rowsRead: number;
  rowsCreated: number;
  rowsDuplicate: number;
  rowsFailed: number;
  errorCount: number;
}

/** Saves progress and returns the status, so a run notices it was cancelled. */
export async function saveProgress(db: Db, orgId: string, id: string, progress: ImportProgress): Promise<ImportStatus | undefined> {
  const result = await db.query<{ status: ImportStatus }>(
    `UPDATE imports SET bytes_read = $3, rows_read = $4, rows_created = $5, rows_duplicate = $6, rows_failed = $7, error_count = $8
      WHERE org_id = $1 AND id = $2 RETURNING status`,
    [orgId, id, progress.bytesRead, progress.rowsRead, progress.rowsCreated, progress.rowsDuplicate, progress.rowsFailed, progress.errorCount],
  );
  return result.rows[0]?.status;
}

export async function finishImport(db: Db, orgId: string, id: string, status: 'completed' | 'failed', failure: string | null): Promise<void> {
  // A cancelled import stays cancelled even if its last batch was already under way.
  await db.query(
    `UPDATE imports SET status = CASE WHEN status = 'cancelled' THEN status ELSE $3 END, failure = $4, finished_at = now() WHERE org_id = $1 AND id = $2`,
    [orgId, id, status, failure],
  );
}

export async function setStatus(db: Db, orgId: string, id: string, status: ImportStatus): Promise<void> {
  await db.query(`UPDATE imports SET status = $3, finished_at = CASE WHEN $3 IN ('completed', 'failed', 'cancelled') THEN now() ELSE finished_at END WHERE org_id = $1 AND id = $2`, [orgId, id, status]);
}

export async function deleteImport(db: Db, orgId: string, id: string): Promise<void> {
  await db.query(`DELETE FROM imports WHERE org_id = $1 AND id = $2`, [orgId, id]);
}

export interface ImportErrorRow {
  rowNumber: number;
  field: string | null;
  message: string;
}

export async function insertImportErrors(db: Db, orgId: string, importId: string, errors: ImportErrorRow[]): Promise<void> {
  if (errors.length === 0) return;
  await db.query(
    `INSERT INTO import_errors (org_id, import_id, row_number, field, message)
     SELECT $1, $2, e.row_number, e.field, e.message FROM jsonb_to_recordset($3::jsonb) AS e(row_number integer, field text, message text)`,
    [orgId, importId, JSON.stringify(errors.map((error) => ({ row_number: error.rowNumber, field: error.field, message: error.message })))],
  );
}

export async function selectImportErrors(db: Db, orgId: string, importId: string, limit: number, afterId = 0): Promise<Array<ImportErrorRow & { id: number }>> {
  const result = await db.query<ImportErrorRow & { id: number }>(
    `SELECT id, row_number AS "rowNumber", field, message FROM import_errors
      WHERE org_id = $1 AND import_id = $2 AND id > $3 ORDER BY id LIMIT $4`,
    [orgId, importId, afterId, limit],
  );
  return result.rows;
}
