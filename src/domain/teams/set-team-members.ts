// Replaces a team's membership in one step, refusing people from outside the organisation.
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canManageTeams } from './teams.policy.ts';
import { countUsersInOrg, findTeam, replaceTeamMembers, type TeamRow } from './teams.repo.ts';
import { teamMembersSchema } from './teams.schema.ts';

export async function setTeamMembers(db: Db, actor: Actor, teamId: string, rawInput: unknown): Promise<TeamRow> {
  authorize(canManageTeams(actor), 'manage teams');
  const userIds = [...new Set(parseInput(teamMembersSchema, rawInput).user_ids)];
  return inTransaction(db, async (tx) => {
    if (!(await findTeam(tx, actor.orgId, teamId))) throw new AppError('not_found', 'No such team.');
    if ((await countUsersInOrg(tx, actor.orgId, userIds)) !== userIds.length) {
      throw new AppError('validation_failed', 'user_ids: every member must be a user of this organisation.', [
        { path: 'user_ids', message: 'contains an unknown user' },
      ]);
    }
    await replaceTeamMembers(tx, actor.orgId, teamId, userIds);
    return (await findTeam(tx, actor.orgId, teamId))!;
  });
}
