// Issues an ingestion API key; the secret is returned once and only its hash is kept.
import { z } from 'zod';
import type { Db } from '../../db/pool.ts';
import { parseInput } from '../parse-input.ts';
import type { Actor } from '../actor.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../authorize.ts';
import { canManageApiKeys } from './auth.policy.ts';
import { insertApiKey, type ApiKeyRow } from './auth.repo.ts';
import { hashSecret, newApiKey } from './tokens.ts';

export const apiKeyInputSchema = z.object({ name: z.string().trim().min(1).max(100) }).strict();

export async function createApiKey(db: Db, actor: Actor, rawInput: unknown): Promise<ApiKeyRow & { key: string }> {
  authorize(canManageApiKeys(actor), 'manage API keys');
  const input = parseInput(apiKeyInputSchema, rawInput);
  const { key, prefix } = newApiKey();
  const row = await insertApiKey(db, {
    orgId: actor.orgId,
    name: input.name,
    prefix,
    keyHash: hashSecret(key),
    createdBy: actor.kind === 'user' ? actor.userId : null,
  });
  await recordAuditEvent(db, actor, { action: 'api_key.created', subject: `api_key:${row.id}`, details: { name: row.name, prefix } });
  return { ...row, key };
}
