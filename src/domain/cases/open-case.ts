// Opens a case from feedback a person picked, so the complaint has an owner: to the team and person
// named, or routed by the organisation's rules; an agent whose case no rule catches keeps it themselves.
import { inTransaction, type Db } from '../../db/pool.ts';
import { hasRole, isUser, type Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { requireAssignee, requireTeam } from './case-assignees.ts';
import { createCaseRecord, requireCaseableFeedback } from './case-opening.ts';
import { placeCase } from './case-placement.ts';
import { canWorkCases } from './cases.policy.ts';
import { findCase, insertCaseEvent, type CaseRow } from './cases.repo.ts';
import { openCaseSchema } from './cases.schema.ts';
import { routeCase } from './route-case.ts';
import { applySla } from './sla/apply-sla.ts';

export async function openCase(db: Db, actor: Actor, rawInput: unknown): Promise<CaseRow> {
  authorize(canWorkCases(actor), 'open cases');
  const input = parseInput(openCaseSchema, rawInput);
  const { orgId } = actor;
  const actorId = isUser(actor) ? actor.userId : null;
  return inTransaction(db, async (tx) => {
    const items = await requireCaseableFeedback(tx, orgId, [...new Set(input.feedback_ids)]);
    const team = input.team_id ? await requireTeam(tx, orgId, input.team_id) : null;
    const assignee = input.assignee_id ? await requireAssignee(tx, orgId, input.assignee_id, team?.id ?? null) : null;
    const caseId = await createCaseRecord(tx, orgId, { items, title: input.title, priority: input.priority, source: 'manual', alertId: null, createdBy: actorId });
    if (team || assignee) {
      await placeCase(tx, orgId, (await findCase(tx, orgId, caseId))!, { team, assignee }, actorId);
    } else if (!(await routeCase(tx, orgId, caseId)) && isUser(actor) && hasRole(actor, 'agent')) {
      const self = await requireAssignee(tx, orgId, actor.userId, null);
      await placeCase(tx, orgId, (await findCase(tx, orgId, caseId))!, { team: null, assignee: self }, actorId);
    }
    if (input.note) await insertCaseEvent(tx, orgId, caseId, 'note', actorId, { body: input.note });
    await applySla(tx, orgId, caseId);
    return (await findCase(tx, orgId, caseId))!;
  });
}
