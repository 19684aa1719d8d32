// The churn risk of one customer for the customer 360, computed now from their feedback (so it is never
// stale), with the factors that explain it.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { CHURN_PHRASES } from '../alerts/alerts.schema.ts';
import { authorize } from '../authorize.ts';
import { findLiveCustomerOf } from '../identity/find-live-customer.ts';
import { scoreChurn, type ChurnRisk, type ChurnSignals } from './churn-score.ts';
import { canReadChurnRisk } from './churn.policy.ts';
import { churnSignals, findComputedAt } from './churn.repo.ts';

export interface CustomerChurnRisk extends ChurnRisk {
  customerId: string;
  signals: ChurnSignals;
  lastComputedAt: Date | null;
}

const NO_SIGNALS: ChurnSignals = { negativeFeedback: 0, detractorScores: 0, lastNps: null, churnIntent: 0, repeatedContacts: 0, daysSilentAfterComplaint: null };

export async function getChurnRisk(db: Db, actor: Actor, customerId: string): Promise<CustomerChurnRisk> {
  authorize(canReadChurnRisk(actor), 'read churn risk');
  const { customer, treeIds } = await findLiveCustomerOf(db, actor, customerId);
  const [row] = await churnSignals(db, actor.orgId, CHURN_PHRASES, [customer.id, ...treeIds.filter((id) => id !== customer.id)]);
  const signals = row?.signals ?? NO_SIGNALS;
  return { customerId: customer.id, signals, ...scoreChurn(signals), lastComputedAt: await findComputedAt(db, actor.orgId, customer.id) };
}
