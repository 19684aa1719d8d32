// All SQL of teams and their members.
import type { Db } from '../../db/pool.ts';

export interface TeamRow {
  id: string;
  name: string;
  createdAt: Date;
  /** isLead: receives escalations when a case of the team breaches its SLA. */
  members: Array<{ id: string; name: string; email: string; isLead: boolean }>;
}

const teamSelect = `
  SELECT t.id, t.name, t.created_at AS "createdAt",
         COALESCE(json_agg(json_build_object('id', u.id, 'name', u.name, 'email', u.email, 'isLead', m.is_lead) ORDER BY lower(u.name))
                  FILTER (WHERE u.id IS NOT NULL), '[]') AS members
    FROM teams t
    LEFT JOIN team_members m ON m.org_id = t.org_id AND m.team_id = t.id
    LEFT JOIN users u ON u.org_id = m.org_id AND u.id = m.user_id`;

export async function listTeams(db: Db, orgId: string): Promise<TeamRow[]> {
  const result = await db.query<TeamRow>(`${teamSelect} WHERE t.org_id = $1 GROUP BY t.id ORDER BY lower(t.name)`, [orgId]);
  return result.rows;
}

export async function findTeam(db: Db, orgId: string, id: string): Promise<TeamRow | undefined> {
  const result = await db.query<TeamRow>(`${teamSelect} WHERE t.org_id = $1 AND t.id = $2 GROUP BY t.id`, [orgId, id]);
  return result.rows[0];
}

export async function insertTeam(db: Db, orgId: string, name: string): Promise<string> {
  const result = await db.query<{ id: string }>(`INSERT INTO teams (org_id, name) VALUES ($1, $2) RETURNING id`, [orgId, name]);
  return result.rows[0]!.id;
}

export async function renameTeam(db: Db, orgId: string, id: string, name: string): Promise<boolean> {
  const result = await db.query(`UPDATE teams SET name = $3 WHERE org_id = $1 AND id = $2`, [orgId, id, name]);
  return result.rowCount === 1;
}

export async function deleteTeam(db: Db, orgId: string, id: string): Promise<boolean> {
  const result = await db.query(`DELETE FROM teams WHERE org_id = $1 AND id = $2`, [orgId, id]);
  return result.rowCount === 1;
}

export async function countUsersInOrg(db: Db, orgId: string, userIds: string[]): Promise<number> {
  const result = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM users WHERE org_id = $1 AND id = ANY($2::uuid[])`, [orgId, userIds]);
  return result.rows[0]!.count;
}

export async function replaceTeamMembers(db: Db, orgId: string, teamId: string, userIds: string[]): Promise<void> {
  // Members who stay keep their lead flag.
  await db.query(`DELETE FROM team_members WHERE org_id = $1 AND team_id = $2 AND user_id <> ALL($3::uuid[])`, [orgId, teamId, userIds]);
  await db.query(
    `INSERT INTO team_members (org_id, team_id, user_id) SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING`,
    [orgId, teamId, userIds],
  );
}

/** Makes exactly these members the team's leads; returns how many of them are members. */
export async function setTeamLeadFlags(db: Db, orgId: string, teamId: string, userIds: string[]): Promise<number> {
  const result = await db.query<{ userId: string }>(
    `UPDATE team_members SET is_lead = (user_id = ANY($3::uuid[])) WHERE org_id = $1 AND team_id = $2 RETURNING user_id AS "userId"`,
    [orgId, teamId, userIds],
  );
  return result.rows.filter((row) => userIds.includes(row.userId)).length;
}
