// All SQL of notifications: channels, per-rule routes, the delivery log, throttling counts and digests.
import type { Db } from '../../db/pool.ts';
import type { ChannelConfig, NotificationKind, NotificationMessage, SaveChannelInput } from './notifications.schema.ts';

export interface ChannelRow {
  id: string;
  orgId: string;
  name: string;
  kind: NotificationKind;
  config: ChannelConfig;
  secret: string | null;
  enabled: boolean;
  digest: 'none' | 'daily' | 'weekly';
  lastDigestAt: Date | null;
  createdAt: Date;
}

const channelColumns = `id, org_id AS "orgId", name, kind, config, secret, enabled, digest, last_digest_at AS "lastDigestAt", created_at AS "createdAt"`;

export async function insertChannel(db: Db, orgId: string, input: SaveChannelInput, secret: string | null): Promise<ChannelRow> {
  const result = await db.query<ChannelRow>(
    `INSERT INTO notification_channels (org_id, name, kind, config, secret, enabled, digest) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${channelColumns}`,
    [orgId, input.name, input.kind, JSON.stringify(input.config), secret, input.enabled, input.digest],
  );
  return result.rows[0]!;
}

export async function updateChannel(db: Db, orgId: string, id: string, input: SaveChannelInput, secret: string | null): Promise<ChannelRow | undefined> {
  const result = await db.query<ChannelRow>(
    `UPDATE notification_channels SET name = $3, kind = $4, config = $5, secret = $6, enabled = $7, digest = $8, updated_at = now()
      WHERE org_id = $1 AND id = $2 RETURNING ${channelColumns}`,
    [orgId, id, input.name, input.kind, JSON.stringify(input.config), secret, input.enabled, input.digest],
  );
  return result.rows[0];
}

export async function findChannel(db: Db, orgId: string, id: string): Promise<ChannelRow | undefined> {
  return (await db.query<ChannelRow>(`SELECT ${channelColumns} FROM notification_channels WHERE org_id = $1 AND id = $2`, [orgId, id])).rows[0];
}

export async function listChannels(db: Db, orgId: string): Promise<ChannelRow[]> {
  return (await db.query<ChannelRow>(`SELECT ${channelColumns} FROM notification_channels WHERE org_id = $1 ORDER BY created_at, id`, [orgId])).rows;
}

export async function deleteChannel(db: Db, orgId: string, id: string): Promise<boolean> {
  return (await db.query(`DELETE FROM notification_channels WHERE org_id = $1 AND id = $2`, [orgId, id])).rowCount === 1;
}

export async function countExistingChannels(db: Db, orgId: string, ids: readonly string[]): Promise<number> {
  const result = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification_channels WHERE org_id = $1 AND id = ANY($2::uuid[])`, [orgId, ids]);
  return result.rows[0]!.n;
}

export async function replaceRoutes(db: Db, orgId: string, ruleId: string, channelIds: readonly string[]): Promise<void> {
  await db.query(`DELETE FROM notification_routes WHERE org_id = $1 AND rule_id = $2`, [orgId, ruleId]);
  await db.query(
    `INSERT INTO notification_routes (org_id, rule_id, channel_id) SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING`,
    [orgId, ruleId, channelIds],
  );
}

export async function routesOfRules(db: Db, orgId: string): Promise<Map<string, string[]>> {
  const result = await db.query<{ ruleId: string; channelIds: string[] }>(
    `SELECT rule_id AS "ruleId", array_agg(channel_id ORDER BY channel_id) AS "channelIds" FROM notification_routes WHERE org_id = $1 GROUP BY rule_id`,
    [orgId],
  );
  return new Map(result.rows.map((row) => [row.ruleId, row.channelIds]));
}

/** The enabled channels a rule routes to, each with how many alert notifications it sent for the rule in the last hour. */
export async function routedChannels(db: Db, orgId: string, ruleId: string): Promise<Array<{ id: string; sentLastHour: number }>> {
  const result = await db.query<{ id: string; sentLastHour: number }>(
    `SELECT c.id,
            (SELECT count(*)::int FROM notification_deliveries d
              WHERE d.org_id = c.org_id AND d.rule_id = $2 AND d.channel_id = c.id AND d.purpose = 'alert'
                AND d.status IN ('pending', 'delivered', 'failed') AND d.created_at > now() - interval '1 hour') AS "sentLastHour"
       FROM notification_routes r JOIN notification_channels c ON c.org_id = r.org_id AND c.id = r.channel_id
      WHERE r.org_id = $1 AND r.rule_id = $2 AND c.enabled`,
    [orgId, ruleId],
  );
  return result.rows;
}

export interface DeliveryRow {
  id: string;
  orgId: string;
  channelId: string;
  ruleId: string | null;
  alertId: string | null;
  purpose: 'alert' | 'digest' | 'test';
  status: 'pending' | 'delivered' | 'failed' | 'throttled' | 'digested';
  attempts: number;
  responseCode: number | null;
  error: string | null;
  message: NotificationMessage;
  createdAt: Date;
  lastAttemptAt: Date | null;
  deliveredAt: Date | null;
}

const deliveryColumnsOf = (t: string) => `${t}.id, ${t}.org_id AS "orgId", ${t}.channel_id AS "channelId", ${t}.rule_id AS "ruleId", ${t}.alert_id AS "alertId",
  ${t}.purpose, ${t}.status, ${t}.attempts, ${t}.response_code AS "responseCode", ${t}.error, ${t}.message, ${t}.created_at AS "createdAt",
  ${t}.last_attempt_at AS "lastAttemptAt", ${t}.delivered_at AS "deliveredAt"`;
const deliveryColumns = deliveryColumnsOf('notification_deliveries');

export async function insertDelivery(
  db: Db,
  orgId: string,
  row: { channelId: string; ruleId: string | null; alertId: string | null; purpose: DeliveryRow['purpose']; status: 'pending' | 'throttled'; message: NotificationMessage },
): Promise<string> {
  const result = await db.query<{ id: string }>(
    `INSERT INTO notification_deliveries (org_id, channel_id, rule_id, alert_id, purpose, status, message) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [orgId, row.channelId, row.ruleId, row.alertId, row.purpose, row.status, JSON.stringify(row.message)],
  );
  return result.rows[0]!.id;
}

export async function insertDeliveries(
  db: Db,
  orgId: string,
  rows: ReadonlyArray<{ id: string; channelId: string; ruleId: string; alertId: string; status: 'pending' | 'throttled'; message: NotificationMessage }>,
): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO notification_deliveries (id, org_id, channel_id, rule_id, alert_id, purpose, status, message)
     SELECT r.id, $1, r.channel_id, r.rule_id, r.alert_id, 'alert', r.status, r.message
       FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, channel_id uuid, rule_id uuid, alert_id uuid, status text, message jsonb)`,
    [orgId, JSON.stringify(rows.map((r) => ({ id: r.id, channel_id: r.channelId, rule_id: r.ruleId, alert_id: r.alertId, status: r.status, message: r.message })))],
  );
}

export async function findDelivery(db: Db, orgId: string, id: string): Promise<DeliveryRow | undefined> {
  return (await db.query<DeliveryRow>(`SELECT ${deliveryColumns} FROM notification_deliveries WHERE org_id = $1 AND id = $2`, [orgId, id])).rows[0];
}

/** The still-pending deliveries among the ids, each with its channel. */
export async function findPendingDeliveries(db: Db, orgId: string, ids: readonly string[]): Promise<Array<{ delivery: DeliveryRow; channel: ChannelRow }>> {
  const result = await db.query<DeliveryRow & { channel: ChannelRow }>(
    `SELECT ${deliveryColumnsOf('d')},
            json_build_object('id', c.id, 'orgId', c.org_id, 'name', c.name, 'kind', c.kind, 'config', c.config, 'secret', c.secret,
                              'enabled', c.enabled, 'digest', c.digest, 'lastDigestAt', c.last_digest_at, 'createdAt', c.created_at) AS channel
       FROM notification_deliveries d JOIN notification_channels c ON c.org_id = d.org_id AND c.id = d.channel_id
      WHERE d.org_id = $1 AND d.id = ANY($2::uuid[]) AND d.status = 'pending'`,
    [orgId, ids],
  );
  // json_build_object gives timestamps as text.
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return result.rows.map(({ channel, ...delivery }) => ({ delivery, channel: { ...channel, lastDigestAt: date(channel.lastDigestAt), createdAt: date(channel.createdAt)! } }));
}

export async function listDeliveries(db: Db, orgId: string, channelId: string, limit: number): Promise<DeliveryRow[]> {
  const result = await db.query<DeliveryRow>(
    `SELECT ${deliveryColumns} FROM notification_deliveries WHERE org_id = $1 AND channel_id = $2 ORDER BY created_at DESC, id DESC LIMIT $3`,
    [orgId, channelId, limit],
  );
  return result.rows;
}

export async function recordAttempt(
  db: Db,
  orgId: string,
  id: string,
  outcome: { status: 'pending' | 'delivered' | 'failed'; responseCode: number | null; error: string | null },
): Promise<void> {
  await db.query(
    `UPDATE notification_deliveries SET attempts = attempts + 1, last_attempt_at = now(), status = $3, response_code = $4,
            -- A delivery that succeeds after failures keeps the last error, so the log shows why it needed retries.
            error = COALESCE($5, error),
            delivered_at = CASE WHEN $3 = 'delivered' THEN now() ELSE delivered_at END
      WHERE org_id = $1 AND id = $2`,
    [orgId, id, outcome.status, outcome.responseCode, outcome.error],
  );
}

/** Channels due a digest: those with the period set, and any channel holding throttled notifications (daily). */
export async function channelsDueDigest(db: Db, period: 'daily' | 'weekly'): Promise<ChannelRow[]> {
  const result = await db.query<ChannelRow>(
    `SELECT ${channelColumns} FROM notification_channels c
      WHERE c.enabled AND (c.digest = $1
         OR ($1 = 'daily' AND EXISTS (SELECT 1 FROM notification_deliveries d WHERE d.org_id = c.org_id AND d.channel_id = c.id AND d.status = 'throttled')))`,
    [period],
  );
  return result.rows;
}

/** Alert notifications of a channel since a moment (sent or throttled), oldest first, capped. */
export async function alertMessagesSince(db: Db, orgId: string, channelId: string, since: Date, includeSent: boolean): Promise<DeliveryRow[]> {
  const result = await db.query<DeliveryRow>(
    `SELECT ${deliveryColumns} FROM notification_deliveries
      WHERE org_id = $1 AND channel_id = $2 AND purpose = 'alert'
        AND (status = 'throttled' OR ($4 AND status IN ('pending', 'delivered', 'failed') AND created_at > $3))
      ORDER BY created_at LIMIT 500`,
    [orgId, channelId, since, includeSent],
  );
  return result.rows;
}

export async function markDigested(db: Db, orgId: string, channelId: string, ids: readonly string[]): Promise<void> {
  await db.query(`UPDATE notification_deliveries SET status = 'digested' WHERE org_id = $1 AND id = ANY($2::uuid[]) AND status = 'throttled'`, [orgId, ids]);
  await db.query(`UPDATE notification_channels SET last_digest_at = now() WHERE org_id = $1 AND id = $2`, [orgId, channelId]);
}
