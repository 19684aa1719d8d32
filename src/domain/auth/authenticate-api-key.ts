// Resolves an ingestion API key to the organisation it belongs to.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { findActiveApiKeyByHash, markApiKeyUsed } from './auth.repo.ts';
import { API_KEY_PREFIX, hashSecret } from './tokens.ts';

// last_used_at is kept to the minute (markApiKeyUsed skips fresher marks); remembering when this
// process last marked a key spares a write statement on nearly every ingest request.
const MARK_EVERY_MS = 60_000;
const markedAt = new Map<string, number>();

export async function authenticateApiKey(db: Db, key: string): Promise<Actor | undefined> {
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 200) return undefined;
  const row = await findActiveApiKeyByHash(db, hashSecret(key));
  if (!row) return undefined;
  const now = Date.now();
  if (now - (markedAt.get(row.id) ?? 0) >= MARK_EVERY_MS) {
    await markApiKeyUsed(db, row.id, new Date(now));
    if (markedAt.size >= 10_000) markedAt.clear();
    markedAt.set(row.id, now);
  }
  return { kind: 'api_key', orgId: row.orgId, apiKeyId: row.id };
}
