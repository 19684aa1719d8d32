// Moves a case along its status flow. Resolving records the root cause and resolution code (what
// action plans and suggested replies learn from) and schedules the re-survey; reopening counts, clears
// the resolution moment and re-times the SLA.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { parseInput } from '../parse-input.ts';
import { updateCaseRow } from './case-records.repo.ts';
import { canTransition, isReopen, nextStatuses } from './case-transitions.ts';
import { workOnCase } from './case-work.ts';
import { insertCaseEvent, type CaseRow } from './cases.repo.ts';
import { changeCaseStatusSchema } from './cases.schema.ts';
import { scheduleResurvey } from './resurvey/schedule-resurvey.ts';
import { applySla } from './sla/apply-sla.ts';

export async function changeCaseStatus(db: Db, actor: Actor, id: string, rawInput: unknown): Promise<CaseRow> {
  const input = parseInput(changeCaseStatusSchema, rawInput);
  return workOnCase(db, actor, id, 'change case status', async (tx, current, actorId) => {
    const from = current.status;
    const to = input.status;
    if (!canTransition(from, to)) {
      const options = nextStatuses(from).join(', ');
      throw new AppError('case_transition_invalid', `A ${from} case cannot become ${to}; it can become: ${options}.`, { from, to, allowed: nextStatuses(from) });
    }
    const { orgId } = actor;
    if (to === 'resolved') {
      const resolution = { root_cause: input.root_cause!, resolution_code: input.resolution_code!, resolution_note: input.resolution_note || null };
      await updateCaseRow(tx, orgId, id, {
        status: to,
        resolvedAt: new Date(),
        rootCause: resolution.root_cause,
        resolutionCode: resolution.resolution_code,
        resolutionNote: resolution.resolution_note,
      });
      await insertCaseEvent(tx, orgId, id, 'resolved', actorId, { from, ...resolution });
      await scheduleResurvey(tx, orgId, id);
    } else if (to === 'closed') {
      await updateCaseRow(tx, orgId, id, { status: to, closedAt: new Date() });
      await insertCaseEvent(tx, orgId, id, 'closed', actorId, { from });
    } else if (isReopen(from, to)) {
      await updateCaseRow(tx, orgId, id, { status: to, reopenCount: current.reopenCount + 1, resolvedAt: null, closedAt: null });
      await insertCaseEvent(tx, orgId, id, 'reopened', actorId, { from });
      await applySla(tx, orgId, id);
    } else {
      await updateCaseRow(tx, orgId, id, { status: to });
      await insertCaseEvent(tx, orgId, id, 'status_changed', actorId, { from, to });
    }
  });
}
