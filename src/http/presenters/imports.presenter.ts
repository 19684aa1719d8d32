// Public JSON shapes of imports (with progress), their previews, and inbound webhooks.
import { cellText } from '../../domain/imports/cells.ts';
import type { ImportRow } from '../../domain/imports/imports.repo.ts';
import type { ImportPreview } from '../../domain/imports/preview-import.ts';
import type { WebhookRow } from '../../domain/webhooks/webhooks.repo.ts';
import { iso } from './iso.ts';

export function presentImport(row: ImportRow) {
  return {
    id: row.id,
    file_name: row.fileName,
    file_size: row.fileSize,
    format: row.format,
    detected_encoding: row.detectedEncoding,
    encoding: row.encoding,
    source: row.source,
    channel: row.channel,
    mapping: row.mapping,
    timezone: row.timezone,
    status: row.status,
    progress: {
      bytes_read: row.bytesRead,
      // Bytes are the only measure known before the end of a streamed file.
      percent: row.status === 'completed' ? 100 : row.fileSize > 0 ? Math.min(99, Math.floor((row.bytesRead / row.fileSize) * 100)) : 0,
      rows_read: row.rowsRead,
      rows_created: row.rowsCreated,
      rows_duplicate: row.rowsDuplicate,
      rows_failed: row.rowsFailed,
      error_count: row.errorCount,
    },
    failure: row.failure,
    created_by: row.createdBy,
    created_at: row.createdAt.toISOString(),
    started_at: iso(row.startedAt),
    finished_at: iso(row.finishedAt),
  };
}

export function presentImportPreview(preview: ImportPreview) {
  return {
    import: presentImport(preview.import),
    encoding: preview.encoding,
    columns: preview.columns,
    rows: preview.rows.map((row) => ({ row_number: row.number, values: Object.fromEntries(Object.entries(row.values).map(([key, value]) => [key, value === null ? null : cellText(value)])) })),
    problems: preview.problems.map((problem) => ({ row_number: problem.number, message: problem.message })),
    suggested_mapping: preview.suggestedMapping,
  };
}

export function presentWebhook(row: WebhookRow) {
  return {
    id: row.id,
    name: row.name,
    source: row.source,
    channel: row.channel,
    key: row.key,
    path: `/api/v1/webhooks/inbound/${row.key}`,
    created_at: row.createdAt.toISOString(),
    last_used_at: iso(row.lastUsedAt),
    revoked_at: iso(row.revokedAt),
  };
}
