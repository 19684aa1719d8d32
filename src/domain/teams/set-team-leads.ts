// Names the team's leads, who receive escalations when a case of the team breaches its SLA; a lead must
// be a member of the team.
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canManageTeams } from './teams.policy.ts';
import { findTeam, setTeamLeadFlags, type TeamRow } from './teams.repo.ts';
import { teamLeadsSchema } from './teams.schema.ts';

export async function setTeamLeads(db: Db, actor: Actor, teamId: string, rawInput: unknown): Promise<TeamRow> {
  authorize(canManageTeams(actor), 'manage teams');
  const userIds = [...new Set(parseInput(teamLeadsSchema, rawInput).user_ids)];
  return inTransaction(db, async (tx) => {
    if (!(await findTeam(tx, actor.orgId, teamId))) throw new AppError('not_found', 'No such team.');
    if ((await setTeamLeadFlags(tx, actor.orgId, teamId, userIds)) !== userIds.length) {
      throw new AppError('validation_failed', 'user_ids: every lead must be a member of the team.', [{ path: 'user_ids', message: 'contains someone who is not a member of the team' }]);
    }
    await recordAuditEvent(tx, actor, { action: 'team.leads_changed', subject: `team:${teamId}`, details: { user_ids: userIds } });
    return (await findTeam(tx, actor.orgId, teamId))!;
  });
}
