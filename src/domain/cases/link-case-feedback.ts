// Adds more of the same customer's feedback to a case, so one complaint told twice is answered once.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { parseInput } from '../parse-input.ts';
import { linkFeedbackItems, requireCaseableFeedback } from './case-opening.ts';
import { updateCaseRow } from './case-records.repo.ts';
import { workOnCase } from './case-work.ts';
import { insertCaseEvent, type CaseRow } from './cases.repo.ts';
import { linkCaseFeedbackSchema } from './cases.schema.ts';

export async function linkCaseFeedback(db: Db, actor: Actor, id: string, rawInput: unknown): Promise<CaseRow> {
  const input = parseInput(linkCaseFeedbackSchema, rawInput);
  return workOnCase(db, actor, id, 'link feedback to cases', async (tx, current, actorId) => {
    const items = await requireCaseableFeedback(tx, actor.orgId, [...new Set(input.feedback_ids)], id);
    if (items.length === 0) return;
    const customerId = items.find((item) => item.customerId)?.customerId ?? null;
    if (customerId && current.customerId && customerId !== current.customerId) {
      throw new AppError('case_customer_mismatch', 'These feedback items belong to another customer than the case.');
    }
    const { orgId } = actor;
    const added = items.map((item) => item.id);
    await linkFeedbackItems(tx, orgId, id, added);
    // A case opened from anonymous feedback learns its customer from the first identified item.
    if (customerId && !current.customerId) await updateCaseRow(tx, orgId, id, { customerId });
    await insertCaseEvent(tx, orgId, id, 'feedback_linked', actorId, { feedback_ids: added });
  });
}
