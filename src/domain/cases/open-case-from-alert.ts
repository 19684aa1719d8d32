// An alert rule that opens cases: the customer's items go to their open case if they have one (no
// duplicate cases for one unhappy customer), otherwise a new case is opened and routed. Runs inside
// the transaction that raises the alert, so the alert and its case commit together.
import type { Tx } from '../../db/pool.ts';
import { createCaseRecord, linkFeedbackItems } from './case-opening.ts';
import { findCasesOfFeedback, findOpenCaseOfCustomer, loadFeedbackFacts, lockCustomerCases, updateCaseRow } from './case-records.repo.ts';
import type { Priority } from './case-settings.ts';
import { findCase, insertCaseEvent, lockCase } from './cases.repo.ts';
import { routeCase } from './route-case.ts';
import { higherPriority } from './routing-conditions.ts';
import { applySla } from './sla/apply-sla.ts';

export interface AlertCaseOutcome {
  caseId: string;
  created: boolean;
}

export async function openCaseFromAlert(tx: Tx, orgId: string, alertId: string, feedbackIds: readonly string[], priority: Priority): Promise<AlertCaseOutcome | null> {
  const taken = new Set((await findCasesOfFeedback(tx, orgId, feedbackIds)).map((link) => link.feedbackId));
  const found = new Map((await loadFeedbackFacts(tx, orgId, feedbackIds.filter((id) => !taken.has(id)))).map((item) => [item.id, item]));
  // Oldest first as given by the alert (newest first): the first item is what the customer said first.
  const items = [...feedbackIds].reverse().flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
  const customerId = items.find((item) => item.customerId)?.customerId ?? null;
  if (items.length === 0) return null;
  const ofCustomer = items.filter((item) => item.customerId === null || item.customerId === customerId);
  if (customerId) {
    await lockCustomerCases(tx, orgId, customerId);
    const openId = await findOpenCaseOfCustomer(tx, orgId, customerId);
    if (openId) {
      await lockCase(tx, orgId, openId);
      const ids = ofCustomer.map((item) => item.id);
      await linkFeedbackItems(tx, orgId, openId, ids);
      await insertCaseEvent(tx, orgId, openId, 'feedback_linked', null, { feedback_ids: ids, alert_id: alertId });
      const current = (await findCase(tx, orgId, openId))!;
      const raised = higherPriority(current.priority, priority);
      if (raised !== current.priority) {
        await updateCaseRow(tx, orgId, openId, { priority: raised });
        await insertCaseEvent(tx, orgId, openId, 'priority_changed', null, { from: current.priority, to: raised, alert_id: alertId });
        await applySla(tx, orgId, openId);
      }
      return { caseId: openId, created: false };
    }
  }
  const caseId = await createCaseRecord(tx, orgId, { items: ofCustomer, priority, source: 'alert', alertId, createdBy: null });
  await routeCase(tx, orgId, caseId);
  await applySla(tx, orgId, caseId);
  return { caseId, created: true };
}
