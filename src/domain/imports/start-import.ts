// Confirms the mapping and queues the import as a background job (committed with the settings, so a
// queued import always has its job).
import { addJob } from '../../db/job-queue.ts';
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { listChannels } from '../channels/list-channels.ts';
import { parseInput } from '../parse-input.ts';
import { RUN_IMPORT_JOB } from './import-job.ts';
import { canImportFeedback } from './imports.policy.ts';
import { findImport, queueImport, type ImportRow } from './imports.repo.ts';
import { importSettingsSchema } from './imports.schema.ts';
import { DEFAULT_TIMEZONE } from './parse-date.ts';
import { resolveEncoding } from './preview-import.ts';

export async function startImport(db: Db, actor: Actor, id: string, rawSettings: unknown, options: { enqueue?: boolean } = {}): Promise<ImportRow> {
  authorize(canImportFeedback(actor), 'import feedback');
  const settings = parseInput(importSettingsSchema, rawSettings);
  const channels = await listChannels(db, actor);
  if (!channels.some((channel) => channel.key === settings.channel)) {
    throw new AppError('channel_unknown', `"${settings.channel}" is not a channel of this organisation.`, [{ path: 'channel', message: 'unknown channel' }]);
  }
  return inTransaction(db, async (tx) => {
    const row = await findImport(tx, actor.orgId, id, { forUpdate: true });
    if (!row) throw new AppError('not_found', 'No such import.');
    if (row.status !== 'uploaded') throw new AppError('conflict', `This import is ${row.status}; it can be started once.`);
    const queued = await queueImport(tx, actor.orgId, id, {
      source: settings.source,
      channel: settings.channel,
      mapping: settings.mapping,
      encoding: resolveEncoding(settings.encoding ?? row.detectedEncoding ?? 'utf-8'),
      timezone: settings.timezone ?? DEFAULT_TIMEZONE,
    });
    if (options.enqueue !== false) await addJob(tx, RUN_IMPORT_JOB, { orgId: actor.orgId, importId: id }, { maxAttempts: 3, jobKey: `import:${id}` });
    return queued;
  });
}
