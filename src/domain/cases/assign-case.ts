// Gives a case to a team and/or a person. Changing who already had it is a transfer, counted and
// recorded with its reason. A person must be active and, when the case has a team, one of its members;
// moving to another team drops an assignee who is not in it.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { parseInput } from '../parse-input.ts';
import { placementOf, requireAssignee, requireTeam, type Named } from './case-assignees.ts';
import { isTeamMember } from './case-records.repo.ts';
import { placeCase } from './case-placement.ts';
import { workOnCase } from './case-work.ts';
import type { CaseRow } from './cases.repo.ts';
import { assignCaseSchema } from './cases.schema.ts';

export async function assignCase(db: Db, actor: Actor, id: string, rawInput: unknown): Promise<CaseRow> {
  const input = parseInput(assignCaseSchema, rawInput);
  return workOnCase(db, actor, id, 'assign cases', async (tx, current, actorId) => {
    const before = placementOf(current);
    const team = input.team_id === undefined ? before.team : input.team_id === null ? null : await requireTeam(tx, actor.orgId, input.team_id);
    let assignee: Named | null;
    if (input.assignee_id === undefined) {
      const stays = before.assignee && (!team || (await isTeamMember(tx, actor.orgId, team.id, before.assignee.id)));
      assignee = stays ? before.assignee : null;
    } else {
      assignee = input.assignee_id === null ? null : await requireAssignee(tx, actor.orgId, input.assignee_id, team?.id ?? null);
    }
    await placeCase(tx, actor.orgId, current, { team, assignee }, actorId, { reason: input.reason || undefined });
  });
}
