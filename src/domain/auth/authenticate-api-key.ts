// Resolves an ingestion API key to the organisation it belongs to.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { findActiveApiKeyByHash, markApiKeyUsed } from './auth.repo.ts';
import { API_KEY_PREFIX, hashSecret } from './tokens.ts';

export async function authenticateApiKey(db: Db, key: string): Promise<Actor | undefined> {
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 200) return undefined;
  const row = await findActiveApiKeyByHash(db, hashSecret(key));
  if (!row) return undefined;
  await markApiKeyUsed(db, row.id, new Date());
  return { kind: 'api_key', orgId: row.orgId, apiKeyId: row.id };
}
