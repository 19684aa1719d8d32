// All SQL of authentication: sessions and API keys.
import type { Db } from '../../db/pool.ts';
import type { Role } from '../actor.ts';

export interface SessionIdentity {
  sessionId: string;
  orgId: string;
  orgName: string;
  userId: string;
  email: string;
  name: string;
  role: Role;
  locale: 'zh-CN' | 'en';
  expiresAt: Date;
  lastSeenAt: Date;
}

export async function insertSession(db: Db, row: { orgId: string; userId: string; tokenHash: Buffer; expiresAt: Date }): Promise<string> {
  const result = await db.query<{ id: string }>(
    `INSERT INTO sessions (org_id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, $4) RETURNING id`,
    [row.orgId, row.userId, row.tokenHash, row.expiresAt],
  );
  return result.rows[0]!.id;
}

/** The live session for a token hash, with its (enabled) user and organisation. */
export async function findSessionByTokenHash(db: Db, tokenHash: Buffer, now: Date): Promise<SessionIdentity | undefined> {
  const result = await db.query<SessionIdentity>(
    `SELECT s.id AS "sessionId", s.org_id AS "orgId", o.name AS "orgName", u.id AS "userId", u.email, u.name,
            u.role, u.locale, s.expires_at AS "expiresAt", s.last_seen_at AS "lastSeenAt"
       FROM sessions s
       JOIN users u ON u.org_id = s.org_id AND u.id = s.user_id
       JOIN organisations o ON o.id = s.org_id
      WHERE s.token_hash = $1 AND s.expires_at > $2 AND NOT u.disabled`,
    [tokenHash, now],
  );
  return result.rows[0];
}

export async function touchSession(db: Db, sessionId: string, now: Date, expiresAt: Date): Promise<void> {
  await db.query(`UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE id = $1`, [sessionId, now, expiresAt]);
}

export async function deleteSessionByTokenHash(db: Db, tokenHash: Buffer): Promise<void> {
  await db.query(`DELETE FROM sessions WHERE token_hash = $1`, [tokenHash]);
}

export async function deleteSessionsOfUser(db: Db, orgId: string, userId: string): Promise<void> {
  await db.query(`DELETE FROM sessions WHERE org_id = $1 AND user_id = $2`, [orgId, userId]);
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const result = await db.query(`DELETE FROM sessions WHERE expires_at <= $1`, [now]);
  return result.rowCount ?? 0;
}

export interface ApiKeyRow {
  id: string;
  orgId: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const apiKeyColumns = `id, org_id AS "orgId", name, prefix, created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`;

export async function insertApiKey(db: Db, row: { orgId: string; name: string; prefix: string; keyHash: Buffer; createdBy: string | null }): Promise<ApiKeyRow> {
  const result = await db.query<ApiKeyRow>(
    `INSERT INTO api_keys (org_id, name, prefix, key_hash, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING ${apiKeyColumns}`,
    [row.orgId, row.name, row.prefix, row.keyHash, row.createdBy],
  );
  return result.rows[0]!;
}

export async function listApiKeys(db: Db, orgId: string): Promise<ApiKeyRow[]> {
  const result = await db.query<ApiKeyRow>(`SELECT ${apiKeyColumns} FROM api_keys WHERE org_id = $1 ORDER BY created_at DESC`, [orgId]);
  return result.rows;
}

export async function findActiveApiKeyByHash(db: Db, keyHash: Buffer): Promise<ApiKeyRow | undefined> {
  const result = await db.query<ApiKeyRow>(`SELECT ${apiKeyColumns} FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL`, [keyHash]);
  return result.rows[0];
}

/** Records use at most once a minute per key: ingest traffic must not turn into a write per request. */
export async function markApiKeyUsed(db: Db, id: string, now: Date): Promise<void> {
  await db.query(
    `UPDATE api_keys SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - interval '1 minute')`,
    [id, now],
  );
}

export async function revokeApiKey(db: Db, orgId: string, id: string, now: Date): Promise<ApiKeyRow | undefined> {
  const result = await db.query<ApiKeyRow>(
    `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, $3) WHERE org_id = $1 AND id = $2 RETURNING ${apiKeyColumns}`,
    [orgId, id, now],
  );
  return result.rows[0];
}
