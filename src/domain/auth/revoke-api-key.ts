// Revokes an API key at once; revoking twice is harmless.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../authorize.ts';
import { canManageApiKeys } from './auth.policy.ts';
import { revokeApiKey as updateRevoked, type ApiKeyRow } from './auth.repo.ts';
import { forgetApiKey } from './authenticate-api-key.ts';

export async function revokeApiKey(db: Db, actor: Actor, id: string): Promise<ApiKeyRow> {
  authorize(canManageApiKeys(actor), 'manage API keys');
  const row = await updateRevoked(db, actor.orgId, id, new Date());
  if (!row) throw new AppError('not_found', 'No such API key.');
  // Other processes forget it when the change notice arrives; this one at once.
  forgetApiKey(row.id);
  await recordAuditEvent(db, actor, { action: 'api_key.revoked', subject: `api_key:${row.id}`, details: { name: row.name } });
  return row;
}
