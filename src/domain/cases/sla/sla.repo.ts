// All SQL of SLA clocks: due moments and stamps on the case, who is told about them, and the sweep's queries.
import type { Db } from '../../../db/pool.ts';
import type { SlaClock } from './sla.schema.ts';

export interface SlaClockState {
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  /** When each clock warns (kept so the sweep can catch a warning whose timer was lost). */
  firstResponseWarnAt: Date | null;
  resolutionWarnAt: Date | null;
  firstResponseWarnedAt: Date | null;
  firstResponseBreachedAt: Date | null;
  resolutionWarnedAt: Date | null;
  resolutionBreachedAt: Date | null;
}

export async function updateSlaClocks(db: Db, orgId: string, caseId: string, state: SlaClockState): Promise<void> {
  await db.query(
    `UPDATE cases SET first_response_due_at = $3, resolution_due_at = $4, first_response_warned_at = $5,
            first_response_breached_at = $6, resolution_warned_at = $7, resolution_breached_at = $8,
            first_response_warn_at = $9, resolution_warn_at = $10
      WHERE org_id = $1 AND id = $2`,
    [
      orgId, caseId, state.firstResponseDueAt, state.resolutionDueAt, state.firstResponseWarnedAt, state.firstResponseBreachedAt,
      state.resolutionWarnedAt, state.resolutionBreachedAt, state.firstResponseWarnAt, state.resolutionWarnAt,
    ],
  );
}

/** When the case was last reopened: the resolution clock restarts there. */
export async function findLatestReopenAt(db: Db, orgId: string, caseId: string): Promise<Date | null> {
  const result = await db.query<{ at: Date | null }>(
    `SELECT max(created_at) AS at FROM case_events WHERE org_id = $1 AND case_id = $2 AND kind = 'reopened'`,
    [orgId, caseId],
  );
  return result.rows[0]?.at ?? null;
}

const stampColumns: Record<SlaClock, { warned: string; breached: string }> = {
  first_response: { warned: 'first_response_warned_at', breached: 'first_response_breached_at' },
  resolution: { warned: 'resolution_warned_at', breached: 'resolution_breached_at' },
};

export async function stampSlaWarning(db: Db, orgId: string, caseId: string, clock: SlaClock, at: Date): Promise<void> {
  await db.query(`UPDATE cases SET ${stampColumns[clock].warned} = $3 WHERE org_id = $1 AND id = $2`, [orgId, caseId, at]);
}

/** Stamps the breach; escalated_at keeps the first escalation of the case. */
export async function stampSlaBreach(db: Db, orgId: string, caseId: string, clock: SlaClock, at: Date): Promise<void> {
  await db.query(`UPDATE cases SET ${stampColumns[clock].breached} = $3, escalated_at = COALESCE(escalated_at, $3) WHERE org_id = $1 AND id = $2`, [
    orgId,
    caseId,
    at,
  ]);
}

export interface SlaRecipient {
  id: string;
  name: string;
  email: string;
  locale: 'zh-CN' | 'en';
}

const recipientColumns = `u.id, u.name, u.email, u.locale`;

/** The leads of a team who can still sign in. */
export async function listTeamLeads(db: Db, orgId: string, teamId: string): Promise<SlaRecipient[]> {
  const result = await db.query<SlaRecipient>(
    `SELECT ${recipientColumns} FROM team_members m JOIN users u ON u.org_id = m.org_id AND u.id = m.user_id
      WHERE m.org_id = $1 AND m.team_id = $2 AND m.is_lead AND NOT u.disabled ORDER BY lower(u.name), u.id`,
    [orgId, teamId],
  );
  return result.rows;
}

/** Owners and admins: escalations go to them when the case has no team or its team has no lead. */
export async function listOrgAdmins(db: Db, orgId: string): Promise<SlaRecipient[]> {
  const result = await db.query<SlaRecipient>(
    `SELECT ${recipientColumns} FROM users u WHERE u.org_id = $1 AND u.role IN ('owner', 'admin') AND NOT u.disabled ORDER BY lower(u.name), u.id`,
    [orgId],
  );
  return result.rows;
}

export async function findActiveUser(db: Db, orgId: string, userId: string): Promise<SlaRecipient | undefined> {
  const result = await db.query<SlaRecipient>(`SELECT ${recipientColumns} FROM users u WHERE u.org_id = $1 AND u.id = $2 AND NOT u.disabled`, [orgId, userId]);
  return result.rows[0];
}

/** Open cases whose due moment passed without a breach stamp (their timer was missed), oldest first. */
export async function listMissedBreaches(db: Db, now: Date, limit: number): Promise<Array<{ orgId: string; caseId: string; clock: SlaClock }>> {
  const result = await db.query<{ orgId: string; caseId: string; clock: SlaClock }>(
    `SELECT * FROM (
       SELECT org_id AS "orgId", id AS "caseId", 'first_response' AS clock, first_response_due_at AS due
         FROM cases
        WHERE status NOT IN ('resolved', 'closed') AND first_responded_at IS NULL
          AND first_response_due_at <= $1 AND first_response_breached_at IS NULL
       UNION ALL
       SELECT org_id, id, 'resolution', resolution_due_at
         FROM cases
        WHERE status NOT IN ('resolved', 'closed') AND resolution_due_at <= $1 AND resolution_breached_at IS NULL
     ) missed ORDER BY due LIMIT $2`,
    [now, limit],
  );
  return result.rows;
}

/** Open clocks whose warning moment passed without a warning stamp while they are not due yet. */
export async function listMissedWarnings(db: Db, now: Date, limit: number): Promise<Array<{ orgId: string; caseId: string; clock: SlaClock }>> {
  const result = await db.query<{ orgId: string; caseId: string; clock: SlaClock }>(
    `SELECT "orgId", "caseId", clock FROM (
       SELECT org_id AS "orgId", id AS "caseId", 'first_response' AS clock, first_response_warn_at AS warn
         FROM cases
        WHERE status NOT IN ('resolved', 'closed') AND first_responded_at IS NULL
          AND first_response_warned_at IS NULL AND first_response_breached_at IS NULL AND first_response_warn_at IS NOT NULL
          AND first_response_warn_at <= $1 AND first_response_due_at > $1
       UNION ALL
       SELECT org_id, id, 'resolution', resolution_warn_at
         FROM cases
        WHERE status NOT IN ('resolved', 'closed') AND resolution_warned_at IS NULL AND resolution_breached_at IS NULL
          AND resolution_warn_at IS NOT NULL AND resolution_warn_at <= $1 AND resolution_due_at > $1
     ) missed ORDER BY warn LIMIT $2`,
    [now, limit],
  );
  return result.rows;
}

export async function listOpenCaseIds(db: Db, orgId: string): Promise<string[]> {
  const result = await db.query<{ id: string }>(`SELECT id FROM cases WHERE org_id = $1 AND status NOT IN ('resolved', 'closed') ORDER BY created_at`, [orgId]);
  return result.rows.map((row) => row.id);
}
