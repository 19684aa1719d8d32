// All SQL of case routing: the ordered rules, the members a team can hand a case to (with their open
// load) and the round-robin cursor of each team.
import type { Db, Tx } from '../../db/pool.ts';
import type { Priority } from './case-settings.ts';
import type { AssignmentMode, RoutingConditions, RoutingRuleInput } from './cases.schema.ts';

export interface RoutingRuleRow {
  id: string;
  name: string;
  position: number;
  enabled: boolean;
  conditions: Partial<RoutingConditions>;
  teamId: string;
  teamName: string;
  assignment: AssignmentMode;
  priority: Priority | null;
  createdAt: Date;
  updatedAt: Date;
}

const ruleSelect = `
  SELECT r.id, r.name, r.position, r.enabled, r.conditions, r.team_id AS "teamId", t.name AS "teamName", r.assignment, r.priority,
         r.created_at AS "createdAt", r.updated_at AS "updatedAt"
    FROM case_routing_rules r JOIN teams t ON t.org_id = r.org_id AND t.id = r.team_id`;

export async function listRoutingRules(db: Db, orgId: string, onlyEnabled = false): Promise<RoutingRuleRow[]> {
  const result = await db.query<RoutingRuleRow>(`${ruleSelect} WHERE r.org_id = $1 ${onlyEnabled ? 'AND r.enabled' : ''} ORDER BY r.position, r.created_at, r.id`, [orgId]);
  return result.rows;
}

export async function findRoutingRule(db: Db, orgId: string, id: string): Promise<RoutingRuleRow | undefined> {
  return (await db.query<RoutingRuleRow>(`${ruleSelect} WHERE r.org_id = $1 AND r.id = $2`, [orgId, id])).rows[0];
}

/** New rules go last. */
export async function insertRoutingRule(tx: Tx, orgId: string, input: RoutingRuleInput): Promise<string> {
  const result = await tx.query<{ id: string }>(
    `INSERT INTO case_routing_rules (org_id, name, position, enabled, conditions, team_id, assignment, priority)
     VALUES ($1, $2, (SELECT COALESCE(max(position), 0) + 1 FROM case_routing_rules WHERE org_id = $1), $3, $4, $5, $6, $7) RETURNING id`,
    [orgId, input.name, input.enabled, JSON.stringify(input.conditions), input.team_id, input.assignment, input.priority],
  );
  return result.rows[0]!.id;
}

export async function updateRoutingRule(db: Db, orgId: string, id: string, input: RoutingRuleInput): Promise<boolean> {
  const result = await db.query(
    `UPDATE case_routing_rules SET name = $3, enabled = $4, conditions = $5, team_id = $6, assignment = $7, priority = $8, updated_at = now()
      WHERE org_id = $1 AND id = $2`,
    [orgId, id, input.name, input.enabled, JSON.stringify(input.conditions), input.team_id, input.assignment, input.priority],
  );
  return result.rowCount === 1;
}

export async function deleteRoutingRule(db: Db, orgId: string, id: string): Promise<boolean> {
  return (await db.query(`DELETE FROM case_routing_rules WHERE org_id = $1 AND id = $2`, [orgId, id])).rowCount === 1;
}

/** Locks the organisation's rules and returns their ids, so a reorder sees the whole set. */
export async function lockRoutingRuleIds(tx: Tx, orgId: string): Promise<string[]> {
  const result = await tx.query<{ id: string }>(`SELECT id FROM case_routing_rules WHERE org_id = $1 ORDER BY position FOR UPDATE`, [orgId]);
  return result.rows.map((row) => row.id);
}

export async function setRoutingRulePositions(tx: Tx, orgId: string, ids: readonly string[]): Promise<void> {
  await tx.query(
    `UPDATE case_routing_rules r SET position = o.position, updated_at = now()
       FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position) WHERE r.org_id = $1 AND r.id = o.id`,
    [orgId, ids],
  );
}

export interface TeamCandidate {
  id: string;
  name: string;
  openCases: number;
}

/** Active members who can work cases, in round-robin order (name, then id), with how many open cases each holds. */
export async function listTeamCandidates(db: Db, orgId: string, teamId: string): Promise<TeamCandidate[]> {
  const result = await db.query<TeamCandidate>(
    `SELECT u.id, u.name,
            (SELECT count(*)::int FROM cases c WHERE c.org_id = u.org_id AND c.assignee_id = u.id AND c.status NOT IN ('resolved', 'closed')) AS "openCases"
       FROM team_members m JOIN users u ON u.org_id = m.org_id AND u.id = m.user_id
      WHERE m.org_id = $1 AND m.team_id = $2 AND NOT u.disabled AND u.role <> 'viewer'
      ORDER BY lower(u.name), u.id`,
    [orgId, teamId],
  );
  return result.rows;
}

/** Where round-robin stopped in the team; the row stays locked until the transaction ends. */
export async function lockAssignmentCursor(tx: Tx, orgId: string, teamId: string): Promise<string | null> {
  await tx.query(`INSERT INTO team_assignment_cursors (org_id, team_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [orgId, teamId]);
  const result = await tx.query<{ lastUserId: string | null }>(
    `SELECT last_user_id AS "lastUserId" FROM team_assignment_cursors WHERE org_id = $1 AND team_id = $2 FOR UPDATE`,
    [orgId, teamId],
  );
  return result.rows[0]?.lastUserId ?? null;
}

export async function saveAssignmentCursor(tx: Tx, orgId: string, teamId: string, userId: string): Promise<void> {
  await tx.query(`UPDATE team_assignment_cursors SET last_user_id = $3 WHERE org_id = $1 AND team_id = $2`, [orgId, teamId, userId]);
}
