// All SQL of inbound webhooks and of the signatures they have seen.
import type { Db } from '../../db/pool.ts';

export interface WebhookRow {
  id: string;
  key: string;
  name: string;
  source: string;
  channel: string;
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface WebhookWithSecret extends WebhookRow {
  orgId: string;
  secret: string;
}

const columns = `id, key, name, source, channel, created_by AS "createdBy", created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`;

export async function insertWebhook(db: Db, orgId: string, row: { key: string; name: string; source: string; channel: string; secret: string; createdBy: string }): Promise<WebhookRow> {
  const result = await db.query<WebhookRow>(
    `INSERT INTO inbound_webhooks (org_id, key, name, source, channel, secret, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${columns}`,
    [orgId, row.key, row.name, row.source, row.channel, row.secret, row.createdBy],
  );
  return result.rows[0]!;
}

export async function selectWebhooks(db: Db, orgId: string): Promise<WebhookRow[]> {
  const result = await db.query<WebhookRow>(`SELECT ${columns} FROM inbound_webhooks WHERE org_id = $1 ORDER BY revoked_at IS NOT NULL, created_at DESC`, [orgId]);
  return result.rows;
}

export async function findWebhookByKey(db: Db, key: string): Promise<WebhookWithSecret | undefined> {
  const result = await db.query<WebhookWithSecret>(`SELECT ${columns}, org_id AS "orgId", secret FROM inbound_webhooks WHERE key = $1`, [key]);
  return result.rows[0];
}

export async function revokeWebhookById(db: Db, orgId: string, id: string): Promise<WebhookRow | undefined> {
  const result = await db.query<WebhookRow>(
    `UPDATE inbound_webhooks SET revoked_at = COALESCE(revoked_at, now()) WHERE org_id = $1 AND id = $2 RETURNING ${columns}`,
    [orgId, id],
  );
  return result.rows[0];
}

export async function touchWebhook(db: Db, id: string): Promise<void> {
  await db.query(`UPDATE inbound_webhooks SET last_used_at = now() WHERE id = $1`, [id]);
}

/** False when this signature was seen before: the request is a replay. */
export async function rememberSignature(db: Db, webhookId: string, signature: string): Promise<boolean> {
  const result = await db.query(`INSERT INTO inbound_webhook_replays (webhook_id, signature) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [webhookId, signature]);
  return result.rowCount === 1;
}

export async function purgeSignaturesBefore(db: Db, before: Date): Promise<number> {
  const result = await db.query(`DELETE FROM inbound_webhook_replays WHERE received_at < $1`, [before]);
  return result.rowCount ?? 0;
}
