// Removes a team (its memberships go with it; the people stay).
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canManageTeams } from './teams.policy.ts';
import { deleteTeam as deleteTeamRow } from './teams.repo.ts';

export async function deleteTeam(db: Db, actor: Actor, teamId: string): Promise<void> {
  authorize(canManageTeams(actor), 'manage teams');
  if (!(await deleteTeamRow(db, actor.orgId, teamId))) throw new AppError('not_found', 'No such team.');
}
