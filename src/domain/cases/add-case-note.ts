// An internal note on the case timeline: what the agent found out, for colleagues, never sent to the customer.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { parseInput } from '../parse-input.ts';
import { insertCaseEventReturning } from './case-records.repo.ts';
import { withLockedCase } from './case-work.ts';
import type { CaseEventRow } from './cases.repo.ts';
import { caseNoteSchema } from './cases.schema.ts';

export async function addCaseNote(db: Db, actor: Actor, id: string, rawInput: unknown): Promise<CaseEventRow> {
  const { body } = parseInput(caseNoteSchema, rawInput);
  return withLockedCase(db, actor, id, 'add notes to cases', (tx, _current, actorId) => insertCaseEventReturning(tx, actor.orgId, id, 'note', actorId, { body }));
}
