// Resolves an ingestion API key to the organisation it belongs to.
import { announceChange, changeFeedIsLive, changeVersion, mayRemember, onChange } from '../../db/change-feed.ts';
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { findActiveApiKeyByHash, markApiKeyUsed } from './auth.repo.ts';
import { API_KEY_PREFIX, hashSecret } from './tokens.ts';

// last_used_at is kept to the minute (markApiKeyUsed skips fresher marks); remembering when this
// process last marked a key spares a write statement on nearly every ingest request.
const MARK_EVERY_MS = 60_000;
const markedAt = new Map<string, number>();

// Active keys by hash, so that an ingest request does not read api_keys every time. Used only while
// the change feed is live: a revoked or deleted key is forgotten when its change commits, in every
// process (and at once in the one that revoked it, see forgetApiKey).
const MAX_REMEMBERED_KEYS = 10_000;
const activeKeys = new Map<string, { id: string; orgId: string }>();
onChange('api_key', {
  changed: (id) => {
    for (const [hash, key] of activeKeys) if (key.id === id) activeKeys.delete(hash);
  },
  reset: () => activeKeys.clear(),
});

/** Forgets a key this process may remember (its row changed). */
export function forgetApiKey(id: string): void {
  announceChange('api_key', id);
}

export async function authenticateApiKey(db: Db, key: string): Promise<Actor | undefined> {
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 200) return undefined;
  const hash = hashSecret(key);
  const hashKey = hash.toString('base64');
  let active = changeFeedIsLive() ? activeKeys.get(hashKey) : undefined;
  if (!active) {
    const before = changeVersion('api_key');
    const row = await findActiveApiKeyByHash(db, hash);
    if (!row) return undefined;
    active = { id: row.id, orgId: row.orgId };
    if (mayRemember('api_key', before)) {
      if (activeKeys.size >= MAX_REMEMBERED_KEYS) activeKeys.clear();
      activeKeys.set(hashKey, active);
    }
  }
  const now = Date.now();
  if (now - (markedAt.get(active.id) ?? 0) >= MARK_EVERY_MS) {
    await markApiKeyUsed(db, active.id, new Date(now));
    if (markedAt.size >= 10_000) markedAt.clear();
    markedAt.set(active.id, now);
  }
  return { kind: 'api_key', orgId: active.orgId, apiKeyId: active.id };
}
