// All SQL of cases themselves: the row, its feedback links and its event timeline.
import type { Db } from '../../db/pool.ts';
import type { Priority } from './case-settings.ts';

export const caseStatuses = ['new', 'assigned', 'in_progress', 'waiting_on_customer', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export interface CaseRow {
  id: string;
  orgId: string;
  number: number;
  title: string;
  status: CaseStatus;
  priority: Priority;
  source: 'manual' | 'alert';
  alertId: string | null;
  customerId: string | null;
  customerName: string | null;
  teamId: string | null;
  teamName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  routingRuleId: string | null;
  channel: string | null;
  touchpointId: string | null;
  themes: string[];
  lang: string | null;
  location: string | null;
  customerTier: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstRespondedAt: Date | null;
  firstResponseWarnedAt: Date | null;
  firstResponseBreachedAt: Date | null;
  resolutionWarnedAt: Date | null;
  resolutionBreachedAt: Date | null;
  escalatedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  transferCount: number;
  reopenCount: number;
  replyCount: number;
  rootCause: string | null;
  resolutionCode: string | null;
  resolutionNote: string | null;
  resurveyInvitationId: string | null;
  resurveyFeedbackId: string | null;
  feedbackCount: number;
}

/** The case columns with their names in camelCase, for `FROM cases c` joined as below. */
export const caseSelect = `
  SELECT c.id, c.org_id AS "orgId", c.number, c.title, c.status, c.priority, c.source, c.alert_id AS "alertId",
         c.customer_id AS "customerId", cu.display_name AS "customerName",
         c.team_id AS "teamId", t.name AS "teamName", c.assignee_id AS "assigneeId", u.name AS "assigneeName",
         c.routing_rule_id AS "routingRuleId", c.channel, c.touchpoint_id AS "touchpointId", c.themes, c.lang, c.location,
         c.customer_tier AS "customerTier", c.created_by AS "createdBy", c.created_at AS "createdAt", c.updated_at AS "updatedAt",
         c.first_response_due_at AS "firstResponseDueAt", c.resolution_due_at AS "resolutionDueAt",
         c.first_responded_at AS "firstRespondedAt", c.first_response_warned_at AS "firstResponseWarnedAt",
         c.first_response_breached_at AS "firstResponseBreachedAt", c.resolution_warned_at AS "resolutionWarnedAt",
         c.resolution_breached_at AS "resolutionBreachedAt", c.escalated_at AS "escalatedAt",
         c.resolved_at AS "resolvedAt", c.closed_at AS "closedAt", c.transfer_count AS "transferCount",
         c.reopen_count AS "reopenCount", c.reply_count AS "replyCount", c.root_cause AS "rootCause",
         c.resolution_code AS "resolutionCode", c.resolution_note AS "resolutionNote",
         c.resurvey_invitation_id AS "resurveyInvitationId", c.resurvey_feedback_id AS "resurveyFeedbackId",
         (SELECT count(*)::int FROM case_feedback cf WHERE cf.org_id = c.org_id AND cf.case_id = c.id) AS "feedbackCount"
    FROM cases c
    LEFT JOIN customers cu ON cu.org_id = c.org_id AND cu.id = c.customer_id
    LEFT JOIN teams t ON t.org_id = c.org_id AND t.id = c.team_id
    LEFT JOIN users u ON u.org_id = c.org_id AND u.id = c.assignee_id`;

export async function findCase(db: Db, orgId: string, id: string): Promise<CaseRow | undefined> {
  const result = await db.query<CaseRow>(`${caseSelect} WHERE c.org_id = $1 AND c.id = $2`, [orgId, id]);
  return result.rows[0];
}

/** Locks the case row for the rest of the transaction, so concurrent changes apply one after another. */
export async function lockCase(db: Db, orgId: string, id: string): Promise<boolean> {
  const result = await db.query(`SELECT 1 FROM cases WHERE org_id = $1 AND id = $2 FOR UPDATE`, [orgId, id]);
  return result.rowCount === 1;
}

export type CaseEventKind =
  | 'created'
  | 'assigned'
  | 'transferred'
  | 'status_changed'
  | 'priority_changed'
  | 'note'
  | 'reply'
  | 'reply_failed'
  | 'reply_marked_sent'
  | 'feedback_linked'
  | 'sla_warning'
  | 'sla_breached'
  | 'escalated'
  | 'resolved'
  | 'reopened'
  | 'closed'
  | 'resurvey_sent'
  | 'resurvey_received';

export async function insertCaseEvent(
  db: Db,
  orgId: string,
  caseId: string,
  kind: CaseEventKind,
  actorId: string | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  await db.query(`INSERT INTO case_events (org_id, case_id, kind, actor_id, details) VALUES ($1, $2, $3, $4, $5)`, [
    orgId,
    caseId,
    kind,
    actorId,
    JSON.stringify(details),
  ]);
}

export interface CaseEventRow {
  id: number;
  kind: CaseEventKind;
  actorId: string | null;
  actorName: string | null;
  details: Record<string, unknown>;
  createdAt: Date;
}

export async function listCaseEvents(db: Db, orgId: string, caseId: string): Promise<CaseEventRow[]> {
  const result = await db.query<CaseEventRow>(
    `SELECT e.id, e.kind, e.actor_id AS "actorId", u.name AS "actorName", e.details, e.created_at AS "createdAt"
       FROM case_events e LEFT JOIN users u ON u.org_id = e.org_id AND u.id = e.actor_id
      WHERE e.org_id = $1 AND e.case_id = $2 ORDER BY e.id`,
    [orgId, caseId],
  );
  return result.rows;
}

/** The teams a user belongs to: an agent sees the cases of these teams. */
export async function listTeamIdsOfUser(db: Db, orgId: string, userId: string): Promise<string[]> {
  const result = await db.query<{ teamId: string }>(`SELECT team_id AS "teamId" FROM team_members WHERE org_id = $1 AND user_id = $2`, [orgId, userId]);
  return result.rows.map((row) => row.teamId);
}
