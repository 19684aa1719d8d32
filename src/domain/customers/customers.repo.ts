// The read side of customers (list, 360, export) and the feedback half of erasure. Identity's own
// tables are written only by src/domain/identity; this file reads them.
import type { Db, Tx } from '../../db/pool.ts';

export interface CustomerListRow {
  id: string;
  displayName: string | null;
  firstSeenAt: Date | null;
  lastSeenAt: Date | null;
  erasedAt: Date | null;
  createdAt: Date;
}

export interface CustomerListQuery {
  exactValues?: string[];
  nameContains?: string;
  id?: string;
  after?: { lastSeenAt: Date; id: string };
  limit: number;
}

export async function selectCustomers(db: Db, orgId: string, query: CustomerListQuery): Promise<CustomerListRow[]> {
  const params: unknown[] = [orgId];
  const where = ['c.org_id = $1', 'c.merged_into IS NULL'];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const search: string[] = [];
  if (query.exactValues?.length) {
    search.push(`c.id IN (SELECT ci.customer_id FROM customer_identifiers ci WHERE ci.org_id = $1 AND ci.value = ANY(${p(query.exactValues)}::text[]))`);
  }
  if (query.nameContains) search.push(`lower(c.display_name) LIKE ${p(`%${escapeLike(query.nameContains.toLowerCase())}%`)}`);
  if (query.id) search.push(`c.id = ${p(query.id)}::uuid`);
  if (search.length > 0) where.push(`(${search.join(' OR ')})`);
  if (query.after) where.push(`(c.last_seen_at, c.id) < (${p(query.after.lastSeenAt)}, ${p(query.after.id)}::uuid)`);
  const result = await db.query<CustomerListRow>(
    `SELECT c.id, c.display_name AS "displayName", c.first_seen_at AS "firstSeenAt", c.last_seen_at AS "lastSeenAt",
            c.erased_at AS "erasedAt", c.created_at AS "createdAt"
       FROM customers c WHERE ${where.join(' AND ')}
      ORDER BY c.last_seen_at DESC NULLS LAST, c.id DESC LIMIT ${p(query.limit)}`,
    params,
  );
  return result.rows;
}

export interface IdentifierRow {
  customerId: string;
  kind: string;
  value: string;
  firstSeenAt: Date;
}

export async function selectIdentifiers(db: Db, orgId: string, customerIds: string[]): Promise<IdentifierRow[]> {
  if (customerIds.length === 0) return [];
  const result = await db.query<IdentifierRow>(
    `SELECT customer_id AS "customerId", kind, value, first_seen_at AS "firstSeenAt"
       FROM customer_identifiers WHERE org_id = $1 AND customer_id = ANY($2::uuid[])
      ORDER BY array_position(ARRAY['phone','email','member_id','wechat_unionid','wechat_openid','alipay_user_id','order_id','device_id'], kind), first_seen_at`,
    [orgId, customerIds],
  );
  return result.rows;
}

export interface CustomerActivityRow {
  customerId: string;
  feedbackCount: number;
  channels: string[];
}

export async function selectActivity(db: Db, orgId: string, customerIds: string[]): Promise<CustomerActivityRow[]> {
  if (customerIds.length === 0) return [];
  const result = await db.query<CustomerActivityRow>(
    `SELECT customer_id AS "customerId", count(*)::int AS "feedbackCount", array_agg(DISTINCT channel ORDER BY channel) AS channels
       FROM feedback WHERE org_id = $1 AND customer_id = ANY($2::uuid[]) GROUP BY customer_id`,
    [orgId, customerIds],
  );
  return result.rows;
}

/** What the 360 summary is computed from: the customer's newest items, without their texts. */
export interface SummaryItemRow {
  id: string;
  source: string;
  channel: string;
  occurredAt: Date;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  stars: number | null;
  sentimentLabel: string | null;
  sentimentScore: number | null;
  themes: string[];
  themeLabels: Array<{ id: string; label_en?: string; label_zh?: string }> | null;
  breakpointFrom: string | null;
  breakpointTo: string | null;
}

export async function selectSummaryItems(db: Db, orgId: string, customerId: string, limit: number): Promise<{ total: number; items: SummaryItemRow[] }> {
  const [count, items] = await Promise.all([
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM feedback WHERE org_id = $1 AND customer_id = $2`, [orgId, customerId]),
    db.query<SummaryItemRow>(
      `SELECT id, source, channel, occurred_at AS "occurredAt", nps, csat, ces, stars, sentiment_label AS "sentimentLabel",
              sentiment_score AS "sentimentScore", themes, analysis -> 'themes' AS "themeLabels",
              breakpoint_from AS "breakpointFrom", breakpoint_to AS "breakpointTo"
         FROM feedback WHERE org_id = $1 AND customer_id = $2
        ORDER BY occurred_at DESC, id DESC LIMIT $3`,
      [orgId, customerId, limit],
    ),
  ]);
  return { total: count.rows[0]!.total, items: items.rows };
}

/** Names behind actor labels ("user:<id>" → the person, "api_key:<id>" → the key), for merge histories. */
export async function selectActorNames(db: Db, orgId: string, labels: string[]): Promise<Map<string, string>> {
  const ids = (prefix: string) => labels.filter((label) => label.startsWith(prefix)).map((label) => label.slice(prefix.length));
  const [users, keys] = [ids('user:'), ids('api_key:')];
  if (users.length + keys.length === 0) return new Map();
  const result = await db.query<{ label: string; name: string }>(
    `SELECT 'user:' || id AS label, name FROM users WHERE org_id = $1 AND id = ANY($2::uuid[])
     UNION ALL
     SELECT 'api_key:' || id AS label, name FROM api_keys WHERE org_id = $1 AND id = ANY($3::uuid[])`,
    [orgId, users, keys],
  );
  return new Map(result.rows.map((row) => [row.label, row.name]));
}

export interface ErasableFeedbackRow {
  id: string;
  text: string | null;
  textRedacted: string | null;
  identifiers: Record<string, unknown>;
  metadata: Record<string, unknown>;
  analysis: Record<string, unknown>;
}

export async function selectErasableFeedback(tx: Tx, orgId: string, customerId: string, afterId: string | null, limit: number): Promise<ErasableFeedbackRow[]> {
  const result = await tx.query<ErasableFeedbackRow>(
    `SELECT id, text, text_redacted AS "textRedacted", identifiers, metadata, analysis
       FROM feedback WHERE org_id = $1 AND customer_id = $2 AND ($3::uuid IS NULL OR id > $3) ORDER BY id LIMIT $4`,
    [orgId, customerId, afterId, limit],
  );
  return result.rows;
}

export interface ErasedFeedback {
  id: string;
  text: string | null;
  text_redacted: string | null;
  metadata: Record<string, unknown>;
  analysis: Record<string, unknown>;
}

/** Rewrites the personal parts of items; ratings, sentiment, themes, channel and dates are left as they were. */
export async function updateErasedFeedback(tx: Tx, orgId: string, rows: ErasedFeedback[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `UPDATE feedback f SET text = r.text, text_redacted = r.text_redacted, search = NULL, identifiers = '{}'::jsonb, metadata = r.metadata, analysis = r.analysis
       FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, text text, text_redacted text, metadata jsonb, analysis jsonb)
      WHERE f.org_id = $1 AND f.id = r.id`,
    [orgId, JSON.stringify(rows)],
  );
}

/** Names the customer gave on any of their items: masked in texts on erasure even where no pattern finds them. */
export async function selectNamesOnFeedback(tx: Tx, orgId: string, customerId: string): Promise<string[]> {
  const result = await tx.query<{ name: string }>(
    `SELECT DISTINCT identifiers ->> 'name' AS name FROM feedback WHERE org_id = $1 AND customer_id = $2 AND identifiers ? 'name'`,
    [orgId, customerId],
  );
  return result.rows.map((row) => row.name);
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
