// SQL of the case lifecycle: numbering, inserting and changing case rows, linking feedback, the facts
// routing reads from feedback, the people and teams a case may go to, and the case queue query.
import type { Db, Tx } from '../../db/pool.ts';
import type { CaseFacts } from './case-facts.ts';
import type { Priority } from './case-settings.ts';
import { caseSelect, type CaseEventKind, type CaseEventRow, type CaseRow, type CaseStatus } from './cases.repo.ts';

/** The next human-readable number of the organisation (#1, #2 …); the row lock serialises concurrent openings. */
export async function nextCaseNumber(tx: Tx, orgId: string): Promise<number> {
  const result = await tx.query<{ number: number }>(
    `INSERT INTO case_counters (org_id, last_number) VALUES ($1, 1)
     ON CONFLICT (org_id) DO UPDATE SET last_number = case_counters.last_number + 1 RETURNING last_number AS number`,
    [orgId],
  );
  return result.rows[0]!.number;
}

export interface NewCase extends CaseFacts {
  number: number;
  title: string;
  priority: Priority;
  source: 'manual' | 'alert';
  alertId: string | null;
  createdBy: string | null;
}

/** created_at is kept to the millisecond: the queue's cursors carry it as a JavaScript date. */
export async function insertCase(tx: Tx, orgId: string, row: NewCase): Promise<string> {
  const result = await tx.query<{ id: string }>(
    `INSERT INTO cases (org_id, number, title, priority, source, alert_id, customer_id, channel, touchpoint_id, themes, lang, location, customer_tier, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, date_trunc('milliseconds', now())) RETURNING id`,
    [orgId, row.number, row.title, row.priority, row.source, row.alertId, row.customerId, row.channel, row.touchpointId, row.themes, row.lang, row.location, row.customerTier, row.createdBy],
  );
  return result.rows[0]!.id;
}

export interface CaseChanges {
  title?: string;
  status?: CaseStatus;
  priority?: Priority;
  customerId?: string | null;
  teamId?: string | null;
  assigneeId?: string | null;
  routingRuleId?: string | null;
  transferCount?: number;
  reopenCount?: number;
  rootCause?: string | null;
  resolutionCode?: string | null;
  resolutionNote?: string | null;
  resolvedAt?: Date | null;
  closedAt?: Date | null;
}

const changeColumns: Record<keyof CaseChanges, string> = {
  title: 'title',
  status: 'status',
  priority: 'priority',
  customerId: 'customer_id',
  teamId: 'team_id',
  assigneeId: 'assignee_id',
  routingRuleId: 'routing_rule_id',
  transferCount: 'transfer_count',
  reopenCount: 'reopen_count',
  rootCause: 'root_cause',
  resolutionCode: 'resolution_code',
  resolutionNote: 'resolution_note',
  resolvedAt: 'resolved_at',
  closedAt: 'closed_at',
};

export async function updateCaseRow(db: Db, orgId: string, id: string, changes: CaseChanges): Promise<void> {
  const entries = Object.entries(changes).filter(([, value]) => value !== undefined) as Array<[keyof CaseChanges, unknown]>;
  if (entries.length === 0) return;
  const sets = entries.map(([key], index) => `${changeColumns[key]} = $${index + 3}`);
  await db.query(`UPDATE cases SET ${sets.join(', ')}, updated_at = now() WHERE org_id = $1 AND id = $2`, [orgId, id, ...entries.map(([, value]) => value)]);
}

export async function insertCaseEventReturning(
  db: Db,
  orgId: string,
  caseId: string,
  kind: CaseEventKind,
  actorId: string | null,
  details: Record<string, unknown>,
): Promise<CaseEventRow> {
  const result = await db.query<CaseEventRow>(
    `WITH e AS (INSERT INTO case_events (org_id, case_id, kind, actor_id, details) VALUES ($1, $2, $3, $4, $5) RETURNING *)
     SELECT e.id, e.kind, e.actor_id AS "actorId", u.name AS "actorName", e.details, e.created_at AS "createdAt"
       FROM e LEFT JOIN users u ON u.org_id = e.org_id AND u.id = e.actor_id`,
    [orgId, caseId, kind, actorId, JSON.stringify(details)],
  );
  return result.rows[0]!;
}

/** What a case learns from its feedback: who, where, what about, in which language. */
export interface FeedbackFacts {
  id: string;
  customerId: string | null;
  channel: string;
  touchpointId: string | null;
  themes: string[];
  lang: string | null;
  textRedacted: string | null;
  metadata: Record<string, unknown>;
}

export async function loadFeedbackFacts(db: Db, orgId: string, ids: readonly string[]): Promise<FeedbackFacts[]> {
  const result = await db.query<FeedbackFacts>(
    `SELECT id, customer_id AS "customerId", channel, touchpoint_id AS "touchpointId", themes, lang,
            COALESCE(text_redacted, text) AS "textRedacted", metadata
       FROM feedback WHERE org_id = $1 AND id = ANY($2::uuid[])`,
    [orgId, ids],
  );
  return result.rows;
}

/** The cases the items already belong to. */
export async function findCasesOfFeedback(db: Db, orgId: string, ids: readonly string[]): Promise<Array<{ feedbackId: string; caseId: string; number: number }>> {
  const result = await db.query<{ feedbackId: string; caseId: string; number: number }>(
    `SELECT cf.feedback_id AS "feedbackId", cf.case_id AS "caseId", c.number
       FROM case_feedback cf JOIN cases c ON c.org_id = cf.org_id AND c.id = cf.case_id
      WHERE cf.org_id = $1 AND cf.feedback_id = ANY($2::uuid[])`,
    [orgId, ids],
  );
  return result.rows;
}

export async function insertCaseFeedback(tx: Tx, orgId: string, caseId: string, ids: readonly string[]): Promise<void> {
  await tx.query(`INSERT INTO case_feedback (org_id, case_id, feedback_id) SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT (org_id, case_id, feedback_id) DO NOTHING`, [
    orgId,
    caseId,
    ids,
  ]);
}

/** The customer's newest case that is not resolved or closed. */
export async function findOpenCaseOfCustomer(db: Db, orgId: string, customerId: string): Promise<string | undefined> {
  const result = await db.query<{ id: string }>(
    `SELECT id FROM cases WHERE org_id = $1 AND customer_id = $2 AND status NOT IN ('resolved', 'closed') ORDER BY created_at DESC, id DESC LIMIT 1`,
    [orgId, customerId],
  );
  return result.rows[0]?.id;
}

/** Serialises case opening for one customer, so two alerts at once cannot open two cases. */
export async function lockCustomerCases(tx: Tx, orgId: string, customerId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1 || ':case-customer:' || $2, 0))`, [orgId, customerId]);
}

export async function findUserForCase(db: Db, orgId: string, userId: string): Promise<{ id: string; name: string; disabled: boolean; role: string } | undefined> {
  const result = await db.query<{ id: string; name: string; disabled: boolean; role: string }>(`SELECT id, name, disabled, role FROM users WHERE org_id = $1 AND id = $2`, [
    orgId,
    userId,
  ]);
  return result.rows[0];
}

export async function findTeamName(db: Db, orgId: string, teamId: string): Promise<string | undefined> {
  const result = await db.query<{ name: string }>(`SELECT name FROM teams WHERE org_id = $1 AND id = $2`, [orgId, teamId]);
  return result.rows[0]?.name;
}

export async function isTeamMember(db: Db, orgId: string, teamId: string, userId: string): Promise<boolean> {
  const result = await db.query(`SELECT 1 FROM team_members WHERE org_id = $1 AND team_id = $2 AND user_id = $3`, [orgId, teamId, userId]);
  return result.rowCount === 1;
}

export interface CaseListQuery {
  /** Agents: only cases of these teams or assigned to `visibleToUserId`. */
  visibleTeamIds?: string[];
  visibleToUserId?: string;
  assigneeId?: string;
  teamIds?: string[];
  statuses?: CaseStatus[];
  priority?: Priority;
  customerId?: string;
  breached?: boolean;
  text?: string;
  number?: number;
  after?: { createdAt: Date; id: string };
  limit: number;
}

export async function selectCases(db: Db, orgId: string, query: CaseListQuery): Promise<CaseRow[]> {
  const params: unknown[] = [orgId];
  const where = ['c.org_id = $1'];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.visibleTeamIds) where.push(`(c.team_id = ANY(${param(query.visibleTeamIds)}::uuid[]) OR c.assignee_id = ${param(query.visibleToUserId ?? null)})`);
  if (query.assigneeId) where.push(`c.assignee_id = ${param(query.assigneeId)}`);
  if (query.teamIds) where.push(`c.team_id = ANY(${param(query.teamIds)}::uuid[])`);
  if (query.statuses) where.push(`c.status = ANY(${param(query.statuses)}::text[])`);
  if (query.priority) where.push(`c.priority = ${param(query.priority)}`);
  if (query.customerId) where.push(`c.customer_id = ${param(query.customerId)}`);
  if (query.breached !== undefined) {
    where.push(`${query.breached ? '' : 'NOT '}(c.first_response_breached_at IS NOT NULL OR c.resolution_breached_at IS NOT NULL)`);
  }
  if (query.text) {
    const title = `c.title ILIKE ${param(`%${query.text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`)}`;
    where.push(query.number !== undefined ? `(${title} OR c.number = ${param(query.number)})` : title);
  }
  if (query.after) where.push(`(c.created_at, c.id) < (${param(query.after.createdAt)}, ${param(query.after.id)})`);
  const result = await db.query<CaseRow>(`${caseSelect} WHERE ${where.join(' AND ')} ORDER BY c.created_at DESC, c.id DESC LIMIT ${param(query.limit)}`, params);
  return result.rows;
}

/**
 * Moves a case's history into the past (the demo loader builds cases "now" from months of feedback): the
 * case starts at `createdAt` and its n-th event happens `offsetsMinutes[n]` later; the resolution and
 * closing moments follow their events.
 */
export async function retimeCaseHistory(tx: Tx, orgId: string, caseId: string, createdAt: Date, offsetsMinutes: number[]): Promise<void> {
  await tx.query(
    `WITH e AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM case_events WHERE org_id = $1 AND case_id = $2)
     UPDATE case_events ce SET created_at = $3::timestamptz + make_interval(mins => COALESCE(($4::int[])[e.n], ($4::int[])[array_length($4::int[], 1)]))
       FROM e WHERE ce.org_id = $1 AND ce.id = e.id`,
    [orgId, caseId, createdAt, offsetsMinutes],
  );
  await tx.query(
    `UPDATE cases c SET created_at = $3,
            updated_at = (SELECT max(created_at) FROM case_events WHERE org_id = $1 AND case_id = $2),
            resolved_at = CASE WHEN c.resolved_at IS NULL THEN NULL ELSE (SELECT max(created_at) FROM case_events WHERE org_id = $1 AND case_id = $2 AND kind = 'resolved') END,
            closed_at = CASE WHEN c.closed_at IS NULL THEN NULL ELSE (SELECT max(created_at) FROM case_events WHERE org_id = $1 AND case_id = $2 AND kind = 'closed') END,
            first_responded_at = CASE WHEN c.first_responded_at IS NULL THEN NULL ELSE (SELECT min(created_at) FROM case_events WHERE org_id = $1 AND case_id = $2 AND kind = 'reply') END
      WHERE c.org_id = $1 AND c.id = $2`,
    [orgId, caseId, createdAt],
  );
  // Replies happened when their 'reply' event did.
  await tx.query(
    `UPDATE case_replies r SET created_at = e.created_at, sent_at = CASE WHEN r.sent_at IS NULL THEN NULL ELSE e.created_at END
       FROM case_events e
      WHERE e.org_id = $1 AND e.case_id = $2 AND e.kind = 'reply' AND r.org_id = $1 AND r.id = (e.details ->> 'reply_id')::uuid`,
    [orgId, caseId],
  );
}

/** Ids of the open cases assigned to a person, locked for the rest of the transaction. */
export async function lockOpenCasesOfAssignee(tx: Tx, orgId: string, userId: string): Promise<string[]> {
  const result = await tx.query<{ id: string }>(
    `SELECT id FROM cases WHERE org_id = $1 AND assignee_id = $2 AND status NOT IN ('resolved', 'closed') ORDER BY id FOR UPDATE`,
    [orgId, userId],
  );
  return result.rows.map((row) => row.id);
}
