// The routing rules in the order they are tried, for the settings page.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { listRoutingRules as selectRoutingRules, type RoutingRuleRow } from './case-routing.repo.ts';
import { canManageCaseSettings, canReadAllCases } from './cases.policy.ts';

export async function listRoutingRules(db: Db, actor: Actor): Promise<RoutingRuleRow[]> {
  authorize(canReadAllCases(actor) || canManageCaseSettings(actor), 'read case routing rules');
  return selectRoutingRules(db, actor.orgId);
}
