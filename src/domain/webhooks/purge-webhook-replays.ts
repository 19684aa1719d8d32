// Signatures older than the time window can never be replayed (their timestamp is refused anyway).
import type { Db } from '../../db/pool.ts';
import { purgeSignaturesBefore } from './webhooks.repo.ts';
import { SIGNATURE_TOLERANCE_SECONDS } from './webhooks.schema.ts';

export function purgeWebhookReplays(db: Db, now = new Date()): Promise<number> {
  return purgeSignaturesBefore(db, new Date(now.getTime() - 2 * SIGNATURE_TOLERANCE_SECONDS * 1000));
}
