// Access and portability on request (GDPR art. 15 and 20, PIPL art. 45): everything OpenVoC holds about
// one customer, as one JSON document. Audited, because a copy of personal data has left the system.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import type { AuditEventRow } from '../audit/audit.repo.ts';
import { auditEventsAbout } from '../audit/list-audit-events.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../authorize.ts';
import type { FeedbackRow } from '../feedback/feedback.repo.ts';
import { listFeedback } from '../feedback/list-feedback.ts';
import { findLiveCustomerOf } from '../identity/find-live-customer.ts';
import type { CustomerRow } from '../identity/identity.repo.ts';
import { canExportCustomer } from './customers.policy.ts';
import { selectIdentifiers, type IdentifierRow } from './customers.repo.ts';
import { findMergesOf, type MergeRow } from '../identity/merges.repo.ts';

export interface CustomerExport {
  exportedAt: Date;
  customer: CustomerRow;
  mergedProfileIds: string[];
  identifiers: IdentifierRow[];
  feedback: FeedbackRow[];
  merges: MergeRow[];
  auditEvents: AuditEventRow[];
}

export async function exportCustomer(db: Db, actor: Actor, id: string): Promise<CustomerExport> {
  authorize(canExportCustomer(actor), 'export customer data');
  const { customer, treeIds } = await findLiveCustomerOf(db, actor, id);
  const [identifiers, merges] = await Promise.all([selectIdentifiers(db, actor.orgId, [customer.id]), findMergesOf(db, actor.orgId, treeIds)]);
  const feedback: FeedbackRow[] = [];
  for (let cursor: string | undefined; ; ) {
    const page = await listFeedback(db, actor, { customer_id: customer.id, limit: 200, cursor });
    feedback.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  const subjects = treeIds.map((treeId) => `customer:${treeId}`);
  // Recorded before reading the trail, so the export lists itself.
  await recordAuditEvent(db, actor, { action: 'customer.exported', subject: `customer:${customer.id}`, details: { feedback_items: feedback.length, identifiers: identifiers.length } });
  const auditEvents = await auditEventsAbout(db, actor, subjects);
  return { exportedAt: new Date(), customer, mergedProfileIds: treeIds.filter((treeId) => treeId !== customer.id), identifiers, feedback, merges, auditEvents };
}
