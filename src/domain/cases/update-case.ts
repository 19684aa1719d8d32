// Renames a case or changes its priority; a new priority re-times the SLA.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { parseInput } from '../parse-input.ts';
import { updateCaseRow } from './case-records.repo.ts';
import { workOnCase } from './case-work.ts';
import { insertCaseEvent, type CaseRow } from './cases.repo.ts';
import { updateCaseSchema } from './cases.schema.ts';
import { applySla } from './sla/apply-sla.ts';

export async function updateCase(db: Db, actor: Actor, id: string, rawInput: unknown): Promise<CaseRow> {
  const input = parseInput(updateCaseSchema, rawInput);
  return workOnCase(db, actor, id, 'change cases', async (tx, current, actorId) => {
    const priorityChanged = input.priority !== undefined && input.priority !== current.priority;
    await updateCaseRow(tx, actor.orgId, id, { title: input.title, priority: priorityChanged ? input.priority : undefined });
    if (!priorityChanged) return;
    await insertCaseEvent(tx, actor.orgId, id, 'priority_changed', actorId, { from: current.priority, to: input.priority });
    await applySla(tx, actor.orgId, id);
  });
}
