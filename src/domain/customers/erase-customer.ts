// Erasure on request (GDPR art. 17, PIPL art. 47): the customer's personal data goes from their profile
// and every item they gave, irreversibly; what they rated, felt and talked about stays, anonymous, so
// NPS, sentiment and theme figures do not change. Audited.
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../authorize.ts';
import { forgetCustomerIdentity } from '../identity/forget-customer-identity.ts';
import { findLiveCustomerOf } from '../identity/find-live-customer.ts';
import { lockCustomerIdentity } from '../identity/lock-customer-identity.ts';
import { parseInput } from '../parse-input.ts';
import { eraseSurveyAnswersOfFeedback } from '../surveys/erase-survey-answers.ts';
import { canEraseCustomer } from './customers.policy.ts';
import { selectErasableFeedback, selectIdentifiers, selectNamesOnFeedback, updateErasedFeedback } from './customers.repo.ts';
import { eraseCustomerSchema } from './customers.schema.ts';
import { knownValueVariants, scrubFeedback } from './scrub-personal-data.ts';

const PAGE = 1_000;

export interface ErasureResult {
  customerId: string;
  feedbackItems: number;
  identifiersRemoved: number;
  erasedAt: Date;
}

export async function eraseCustomer(db: Db, actor: Actor, id: string, rawInput: unknown): Promise<ErasureResult> {
  authorize(canEraseCustomer(actor), 'erase customers');
  const input = parseInput(eraseCustomerSchema, rawInput ?? {});
  return inTransaction(db, async (tx) => {
    await lockCustomerIdentity(tx, actor.orgId);
    const { customer, treeIds } = await findLiveCustomerOf(tx, actor, id);
    if (customer.erasedAt) throw new AppError('conflict', 'This customer has already been erased.');
    const known = [
      ...(await selectIdentifiers(tx, actor.orgId, [customer.id])).map((identifier) => identifier.value),
      ...(await selectNamesOnFeedback(tx, actor.orgId, customer.id)),
      ...(customer.displayName ? [customer.displayName] : []),
    ];
    const variants = knownValueVariants(known);
    let feedbackItems = 0;
    let surveyResponses = 0;
    for (let afterId: string | null = null; ; ) {
      const rows = await selectErasableFeedback(tx, actor.orgId, customer.id, afterId, PAGE);
      if (rows.length === 0) break;
      await updateErasedFeedback(tx, actor.orgId, rows.map((row) => scrubFeedback(row, variants, input.text)));
      surveyResponses += await eraseSurveyAnswersOfFeedback(tx, actor, rows.map((row) => row.id));
      feedbackItems += rows.length;
      afterId = rows.at(-1)!.id;
    }
    const { identifiersRemoved } = await forgetCustomerIdentity(tx, actor, customer.id, treeIds);
    await recordAuditEvent(tx, actor, {
      action: 'customer.erased',
      subject: `customer:${customer.id}`,
      details: { feedback_items: feedbackItems, survey_responses: surveyResponses, identifiers_removed: identifiersRemoved, merged_profiles: treeIds.length - 1, text: input.text, ...(input.reason ? { reason: input.reason } : {}) },
    });
    return { customerId: customer.id, feedbackItems, identifiersRemoved, erasedAt: new Date() };
  });
}
