// All SQL of alerts: rules, alerts (with de-duplication under an advisory lock), the facts item rules
// look at, and the window aggregates of the statistical tests.
import type { Db, Tx } from '../../db/pool.ts';
import type { AlertFilter, AlertStatus, SaveRuleInput } from './alerts.schema.ts';
import type { ItemFacts } from './item-conditions.ts';
import type { Moments } from './anomaly-tests.ts';

export interface RuleRow {
  id: string;
  orgId: string;
  name: string;
  kind: 'item' | 'aggregate' | 'churn';
  enabled: boolean;
  severity: 'info' | 'warning' | 'critical';
  condition: unknown;
  dedupMinutes: number;
  maxPerHour: number;
  openCasePriority: 'low' | 'normal' | 'high' | 'urgent' | null;
  createdAt: Date;
  updatedAt: Date;
}

const ruleColumns = `id, org_id AS "orgId", name, kind, enabled, severity, condition, dedup_minutes AS "dedupMinutes",
  max_per_hour AS "maxPerHour", open_case_priority AS "openCasePriority", created_at AS "createdAt", updated_at AS "updatedAt"`;

export async function insertRule(db: Db, orgId: string, input: SaveRuleInput): Promise<RuleRow> {
  const result = await db.query<RuleRow>(
    `INSERT INTO alert_rules (org_id, name, kind, enabled, severity, condition, dedup_minutes, max_per_hour, open_case_priority)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${ruleColumns}`,
    [orgId, input.name, input.kind, input.enabled, input.severity, JSON.stringify(input.condition), input.dedup_minutes, input.max_per_hour, input.open_case_priority],
  );
  return result.rows[0]!;
}

export async function updateRule(db: Db, orgId: string, id: string, input: SaveRuleInput): Promise<RuleRow | undefined> {
  const result = await db.query<RuleRow>(
    `UPDATE alert_rules SET name = $3, kind = $4, enabled = $5, severity = $6, condition = $7, dedup_minutes = $8, max_per_hour = $9,
            open_case_priority = $10, updated_at = now()
      WHERE org_id = $1 AND id = $2 RETURNING ${ruleColumns}`,
    [orgId, id, input.name, input.kind, input.enabled, input.severity, JSON.stringify(input.condition), input.dedup_minutes, input.max_per_hour, input.open_case_priority],
  );
  return result.rows[0];
}

export async function findRule(db: Db, orgId: string, id: string): Promise<RuleRow | undefined> {
  return (await db.query<RuleRow>(`SELECT ${ruleColumns} FROM alert_rules WHERE org_id = $1 AND id = $2`, [orgId, id])).rows[0];
}

export async function listRules(db: Db, orgId: string): Promise<RuleRow[]> {
  return (await db.query<RuleRow>(`SELECT ${ruleColumns} FROM alert_rules WHERE org_id = $1 ORDER BY created_at, id`, [orgId])).rows;
}

/** Enabled rules of a kind, of one organisation or (orgId null, for scheduled jobs) of all. */
export async function listEnabledRules(db: Db, orgId: string | null, kind: RuleRow['kind']): Promise<RuleRow[]> {
  const result = await db.query<RuleRow>(
    `SELECT ${ruleColumns} FROM alert_rules WHERE ($1::uuid IS NULL OR org_id = $1) AND enabled AND kind = $2 ORDER BY org_id, created_at`,
    [orgId, kind],
  );
  return result.rows;
}

export async function deleteRule(db: Db, orgId: string, id: string): Promise<boolean> {
  return (await db.query(`DELETE FROM alert_rules WHERE org_id = $1 AND id = $2`, [orgId, id])).rowCount === 1;
}

/**
 * The items, oldest first; items of the same moment (a batch sent without occurred_at) in the order
 * of `ids`, which is the order they were inserted in, so the last of a batch counts as the latest.
 * One look-up per id (LIMIT keeps the subquery a look-up): as a plain join the planner soon prefers
 * hashing all of the organisation's feedback, and every evaluation grew with the items ever stored.
 */
export async function loadItemFacts(db: Db, orgId: string, ids: readonly string[]): Promise<ItemFacts[]> {
  const result = await db.query<ItemFacts>(
    `SELECT f.id, f.channel, f.source, f.touchpoint_id AS "touchpointId", f.customer_id AS "customerId", f.nps, f.csat, f.ces, f.stars::float8 AS stars,
            f.text, COALESCE(f.text_redacted, f.text) AS "textRedacted", f.lang, f.sentiment_label AS "sentimentLabel", f.sentiment_score AS "sentimentScore",
            f.themes, f.mentioned_channels AS "mentionedChannels", f.breakpoint_from AS "breakpointFrom", f.breakpoint_to AS "breakpointTo", f.metadata, f.identifiers
       FROM unnest($2::uuid[]) WITH ORDINALITY AS k(id, position)
      CROSS JOIN LATERAL (SELECT * FROM feedback i WHERE i.org_id = $1 AND i.id = k.id LIMIT 1) f
      ORDER BY f.occurred_at, k.position`,
    [orgId, ids],
  );
  return result.rows;
}

export interface AlertRow {
  id: string;
  orgId: string;
  ruleId: string;
  ruleName: string;
  kind: RuleRow['kind'];
  dedupKey: string;
  title: string;
  severity: RuleRow['severity'];
  status: AlertStatus;
  snoozedUntil: Date | null;
  count: number;
  customerId: string | null;
  feedbackIds: string[];
  details: Record<string, unknown>;
  firstSeenAt: Date;
  lastSeenAt: Date;
  acknowledgedBy: string | null;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
}

const alertColumns = `a.id, a.org_id AS "orgId", a.rule_id AS "ruleId", r.name AS "ruleName", a.kind, a.dedup_key AS "dedupKey", a.title, a.severity,
  -- A snooze that has run out shows the alert as open again without anyone having to wake it.
  CASE WHEN a.status = 'snoozed' AND a.snoozed_until <= now() THEN 'open' ELSE a.status END AS status,
  a.snoozed_until AS "snoozedUntil", a.count, a.customer_id AS "customerId", a.feedback_ids AS "feedbackIds", a.details,
  a.first_seen_at AS "firstSeenAt", a.last_seen_at AS "lastSeenAt", a.acknowledged_by AS "acknowledgedBy",
  a.acknowledged_at AS "acknowledgedAt", a.resolved_at AS "resolvedAt"`;

/** Serialises raising alerts with the same keys (taken in sorted order), so concurrent evaluations count instead of duplicating. */
export async function lockDedupKeys(tx: Tx, orgId: string, dedupKeys: readonly string[]): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1 || ':' || k, 0)) FROM unnest($2::text[]) AS k ORDER BY k`, [orgId, [...new Set(dedupKeys)]]);
}

/** For each key, the newest unresolved alert seen within its window. */
export async function findDedupTargets(tx: Tx, orgId: string, keys: ReadonlyArray<{ key: string; windowMinutes: number }>): Promise<Map<string, string>> {
  const result = await tx.query<{ key: string; id: string }>(
    `SELECT DISTINCT ON (k.key) k.key, a.id
       FROM jsonb_to_recordset($2::jsonb) AS k(key text, minutes int)
       JOIN alerts a ON a.org_id = $1 AND a.dedup_key = k.key AND a.status <> 'resolved' AND a.last_seen_at > now() - make_interval(mins => k.minutes)
      ORDER BY k.key, a.first_seen_at DESC`,
    [orgId, JSON.stringify(keys.map(({ key, windowMinutes }) => ({ key, minutes: windowMinutes })))],
  );
  return new Map(result.rows.map((row) => [row.key, row.id]));
}

export async function bumpAlerts(tx: Tx, orgId: string, bumps: ReadonlyArray<{ id: string; add: number; feedbackIds: string[]; details: Record<string, unknown> }>): Promise<void> {
  if (bumps.length === 0) return;
  await tx.query(
    `UPDATE alerts a SET count = a.count + b.add, last_seen_at = now(), details = b.details,
            feedback_ids = (ARRAY(SELECT jsonb_array_elements_text(b.feedback_ids))::uuid[] || a.feedback_ids)[1:20]
       FROM jsonb_to_recordset($2::jsonb) AS b(id uuid, add int, feedback_ids jsonb, details jsonb)
      WHERE a.org_id = $1 AND a.id = b.id`,
    [orgId, JSON.stringify(bumps.map((bump) => ({ id: bump.id, add: bump.add, feedback_ids: bump.feedbackIds, details: bump.details })))],
  );
}

export interface NewAlert {
  ruleId: string;
  kind: RuleRow['kind'];
  dedupKey: string;
  title: string;
  severity: RuleRow['severity'];
  customerId: string | null;
  /** Newest first. */
  feedbackIds: string[];
  count: number;
  details: Record<string, unknown>;
}

/** Inserts alerts under ids chosen by the caller (so each candidate knows its alert without relying on row order). */
export async function insertAlerts(tx: Tx, orgId: string, alerts: ReadonlyArray<NewAlert & { id: string }>): Promise<void> {
  if (alerts.length === 0) return;
  await tx.query(
    `INSERT INTO alerts (id, org_id, rule_id, kind, dedup_key, title, severity, customer_id, feedback_ids, count, details)
     SELECT n.id, $1, n.rule_id, n.kind, n.dedup_key, n.title, n.severity, n.customer_id, (ARRAY(SELECT jsonb_array_elements_text(n.feedback_ids))::uuid[])[1:20], n.count, n.details
       FROM jsonb_to_recordset($2::jsonb) AS n(id uuid, rule_id uuid, kind text, dedup_key text, title text, severity text, customer_id uuid, feedback_ids jsonb, count int, details jsonb)`,
    [orgId, JSON.stringify(alerts.map((a) => ({ id: a.id, rule_id: a.ruleId, kind: a.kind, dedup_key: a.dedupKey, title: a.title, severity: a.severity, customer_id: a.customerId, feedback_ids: a.feedbackIds, count: a.count, details: a.details })))],
  );
}

export async function findAlert(db: Db, orgId: string, id: string): Promise<AlertRow | undefined> {
  const result = await db.query<AlertRow>(
    `SELECT ${alertColumns} FROM alerts a JOIN alert_rules r ON r.org_id = a.org_id AND r.id = a.rule_id WHERE a.org_id = $1 AND a.id = $2`,
    [orgId, id],
  );
  return result.rows[0];
}

export async function listAlerts(db: Db, orgId: string, filter: AlertFilter): Promise<AlertRow[]> {
  const result = await db.query<AlertRow>(
    `SELECT ${alertColumns} FROM alerts a JOIN alert_rules r ON r.org_id = a.org_id AND r.id = a.rule_id
      WHERE a.org_id = $1
        AND ($2::text IS NULL
             OR ($2 = 'active' AND (a.status IN ('open', 'acknowledged') OR (a.status = 'snoozed' AND a.snoozed_until <= now())))
             OR ($2 = 'open' AND (a.status = 'open' OR (a.status = 'snoozed' AND a.snoozed_until <= now())))
             OR ($2 = 'snoozed' AND a.status = 'snoozed' AND a.snoozed_until > now())
             OR ($2 IN ('acknowledged', 'resolved') AND a.status = $2))
        AND ($3::text IS NULL OR a.kind = $3) AND ($4::text IS NULL OR a.severity = $4)
        AND ($5::uuid IS NULL OR a.rule_id = $5) AND ($6::uuid IS NULL OR a.customer_id = $6)
      ORDER BY a.last_seen_at DESC, a.id DESC LIMIT $7`,
    [orgId, filter.status ?? null, filter.kind ?? null, filter.severity ?? null, filter.rule_id ?? null, filter.customer_id ?? null, filter.limit],
  );
  return result.rows;
}

export async function setAlertStatus(
  db: Db,
  orgId: string,
  id: string,
  change: { status: AlertStatus; snoozedUntil: Date | null; acknowledgedBy: string | null },
): Promise<boolean> {
  const result = await db.query(
    `UPDATE alerts SET status = $3, snoozed_until = $4,
            acknowledged_by = CASE WHEN $3 = 'acknowledged' THEN $5::uuid ELSE acknowledged_by END,
            acknowledged_at = CASE WHEN $3 = 'acknowledged' THEN now() ELSE acknowledged_at END,
            resolved_at = CASE WHEN $3 = 'resolved' THEN now() ELSE NULL END
      WHERE org_id = $1 AND id = $2`,
    [orgId, id, change.status, change.snoozedUntil, change.acknowledgedBy],
  );
  return result.rowCount === 1;
}

export interface WindowScope {
  touchpointId?: string | undefined;
  channel?: string | undefined;
  source?: string | undefined;
}

const scopeSql = `AND ($4::uuid IS NULL OR touchpoint_id = $4) AND ($5::text IS NULL OR channel = $5) AND ($6::text IS NULL OR source = $6)`;
const scopeParams = (scope: WindowScope) => [scope.touchpointId ?? null, scope.channel ?? null, scope.source ?? null];

/** Moments of the per-response NPS score (+1 / 0 / −1) in [from, to). */
export async function npsMoments(db: Db, orgId: string, from: Date, to: Date, scope: WindowScope): Promise<Moments> {
  const result = await db.query<Moments>(
    `SELECT count(*)::int AS n, COALESCE(sum(s), 0)::int AS sum, COALESCE(sum(s * s), 0)::int AS "sumOfSquares"
       FROM (SELECT CASE WHEN nps >= 9 THEN 1 WHEN nps <= 6 THEN -1 ELSE 0 END AS s FROM feedback
              WHERE org_id = $1 AND nps IS NOT NULL AND occurred_at >= $2 AND occurred_at < $3 ${scopeSql}) scores`,
    [orgId, from, to, ...scopeParams(scope)],
  );
  return result.rows[0]!;
}

/** Items per theme and in total in [from, to). */
export async function themeCounts(db: Db, orgId: string, from: Date, to: Date, scope: WindowScope): Promise<{ total: number; themes: Map<string, number> }> {
  const params = [orgId, from, to, ...scopeParams(scope)];
  const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM feedback WHERE org_id = $1 AND occurred_at >= $2 AND occurred_at < $3 ${scopeSql}`, params)).rows[0]!.n;
  const rows = (
    await db.query<{ theme: string; n: number }>(
      `SELECT theme, count(*)::int AS n FROM feedback, unnest(themes) AS theme
        WHERE org_id = $1 AND occurred_at >= $2 AND occurred_at < $3 ${scopeSql} GROUP BY theme`,
      params,
    )
  ).rows;
  return { total, themes: new Map(rows.map((row) => [row.theme, row.n])) };
}

export async function countItems(db: Db, orgId: string, from: Date, to: Date, scope: WindowScope): Promise<number> {
  const result = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM feedback WHERE org_id = $1 AND received_at >= $2 AND received_at < $3 ${scopeSql}`,
    [orgId, from, to, ...scopeParams(scope)],
  );
  return result.rows[0]!.n;
}
