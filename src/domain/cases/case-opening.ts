// The steps every way of opening a case shares: checking the feedback (known, of one customer, in no
// other case), numbering the case, taking its facts from the first item, linking the items, and the
// 'created' event. Used by manual opening, alert opening and linking more feedback to a case.
import { isUniqueViolation, type Tx } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import { validationFailed } from '../parse-input.ts';
import type { Priority } from './case-settings.ts';
import { caseFactsOf, defaultCaseTitle } from './case-facts.ts';
import { findCasesOfFeedback, insertCase, insertCaseFeedback, loadFeedbackFacts, nextCaseNumber, type FeedbackFacts } from './case-records.repo.ts';
import { insertCaseEvent } from './cases.repo.ts';

/** The items in the order given, checked; items already in `exceptCaseId` are left out (linking them again changes nothing). */
export async function requireCaseableFeedback(tx: Tx, orgId: string, ids: readonly string[], exceptCaseId?: string): Promise<FeedbackFacts[]> {
  const found = new Map((await loadFeedbackFacts(tx, orgId, ids)).map((item) => [item.id, item]));
  const missing = ids.flatMap((id, index) => (found.has(id) ? [] : [{ path: `feedback_ids[${index}]`, message: 'no such feedback item' }]));
  if (missing.length) throw validationFailed(missing);
  const items = ids.map((id) => found.get(id)!);
  const customers = new Set(items.flatMap((item) => (item.customerId ? [item.customerId] : [])));
  if (customers.size > 1) throw new AppError('case_customer_mismatch', 'A case groups the feedback of one customer; these items belong to different customers.');
  const links = await findCasesOfFeedback(tx, orgId, ids);
  const taken = links.filter((link) => link.caseId !== exceptCaseId);
  if (taken.length) {
    const first = taken[0]!;
    throw new AppError('feedback_in_other_case', `Feedback item ${first.feedbackId} already belongs to case #${first.number}.`, { case_id: first.caseId, case_number: first.number });
  }
  const linkedHere = new Set(links.map((link) => link.feedbackId));
  return items.filter((item) => !linkedHere.has(item.id));
}

/** Links items to a case; an item linked by a concurrent request in the meantime is reported like any other. */
export async function linkFeedbackItems(tx: Tx, orgId: string, caseId: string, ids: readonly string[]): Promise<void> {
  try {
    await tx.query('SAVEPOINT link_case_feedback');
    await insertCaseFeedback(tx, orgId, caseId, ids);
    await tx.query('RELEASE SAVEPOINT link_case_feedback');
  } catch (error) {
    if (!isUniqueViolation(error, 'case_feedback_item_key')) throw error;
    await tx.query('ROLLBACK TO SAVEPOINT link_case_feedback');
    throw new AppError('feedback_in_other_case', 'One of these feedback items was just added to another case.');
  }
}

export interface CaseRecordInput {
  items: FeedbackFacts[];
  title?: string;
  priority: Priority;
  source: 'manual' | 'alert';
  alertId: string | null;
  createdBy: string | null;
}

export async function createCaseRecord(tx: Tx, orgId: string, input: CaseRecordInput): Promise<string> {
  const first = input.items[0]!;
  const facts = caseFactsOf(first);
  const customerId = input.items.find((item) => item.customerId)?.customerId ?? null;
  const number = await nextCaseNumber(tx, orgId);
  const caseId = await insertCase(tx, orgId, {
    ...facts,
    customerId,
    number,
    title: input.title ?? defaultCaseTitle(first),
    priority: input.priority,
    source: input.source,
    alertId: input.alertId,
    createdBy: input.createdBy,
  });
  const ids = input.items.map((item) => item.id);
  await linkFeedbackItems(tx, orgId, caseId, ids);
  await insertCaseEvent(tx, orgId, caseId, 'created', input.createdBy, {
    source: input.source,
    priority: input.priority,
    feedback_ids: ids,
    ...(input.alertId ? { alert_id: input.alertId } : {}),
  });
  return caseId;
}
