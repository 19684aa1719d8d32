// The demo loader opens its cases today from feedback spread over months; this moves a case's history
// back to when it would have happened (and re-times its SLA), so queues and service metrics look real.
import { inTransaction, type Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { retimeCaseHistory } from './case-records.repo.ts';
import { applySla } from './sla/apply-sla.ts';

export async function backdateCase(db: Db, actor: Actor, caseId: string, createdAt: Date, offsetsMinutes: number[]): Promise<void> {
  authorize(actor.kind === 'system', 'rewrite case history');
  await inTransaction(db, async (tx) => {
    await retimeCaseHistory(tx, actor.orgId, caseId, createdAt, offsetsMinutes);
    await applySla(tx, actor.orgId, caseId);
  });
}
