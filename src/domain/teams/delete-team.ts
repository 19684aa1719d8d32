// Removes a team (its memberships go with it; the people stay). A team that holds cases stays: their
// history names it, so the cases must be moved elsewhere first.
import { isForeignKeyViolation, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canManageTeams } from './teams.policy.ts';
import { deleteTeam as deleteTeamRow } from './teams.repo.ts';

export async function deleteTeam(db: Db, actor: Actor, teamId: string): Promise<void> {
  authorize(canManageTeams(actor), 'manage teams');
  let deleted: boolean;
  try {
    deleted = await deleteTeamRow(db, actor.orgId, teamId);
  } catch (error) {
    if (isForeignKeyViolation(error)) throw new AppError('team_in_use', 'This team still has cases; move them to another team first.');
    throw error;
  }
  if (!deleted) throw new AppError('not_found', 'No such team.');
}
