// Checks that a case goes to a real team and to a person who can work it (active, in that team), and
// names them in the timeline, so an event still reads right after a team is renamed.
import type { Db } from '../../db/pool.ts';
import { validationFailed } from '../parse-input.ts';
import { findTeamName, findUserForCase, isTeamMember } from './case-records.repo.ts';

export interface Named {
  id: string;
  name: string;
}

export interface Placement {
  team: Named | null;
  assignee: Named | null;
}

export async function requireTeam(db: Db, orgId: string, teamId: string, path = 'team_id'): Promise<Named> {
  const name = await findTeamName(db, orgId, teamId);
  if (name === undefined) throw validationFailed([{ path, message: 'no such team in this organisation' }]);
  return { id: teamId, name };
}

/** An active user who may work cases and, when the case has a team, belongs to it. */
export async function requireAssignee(db: Db, orgId: string, userId: string, teamId: string | null, path = 'assignee_id'): Promise<Named> {
  const user = await findUserForCase(db, orgId, userId);
  if (!user || user.disabled) throw validationFailed([{ path, message: 'no such active user in this organisation' }]);
  if (user.role === 'viewer') throw validationFailed([{ path, message: 'viewers cannot work cases' }]);
  if (teamId && !(await isTeamMember(db, orgId, teamId, userId))) throw validationFailed([{ path, message: 'is not a member of the case’s team' }]);
  return { id: user.id, name: user.name };
}

export function placementOf(row: { teamId: string | null; teamName: string | null; assigneeId: string | null; assigneeName: string | null }): Placement {
  return {
    team: row.teamId ? { id: row.teamId, name: row.teamName ?? '' } : null,
    assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName ?? '' } : null,
  };
}
