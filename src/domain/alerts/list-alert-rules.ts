// The organisation's alert rules with their routing, for the rules page.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { listRuleRoutes } from '../notifications/route-rule-notifications.ts';
import { canReadAlerts } from './alerts.policy.ts';
import { listRules, type RuleRow } from './alerts.repo.ts';

export interface RuleWithRoutes extends RuleRow {
  channelIds: string[];
}

export async function listAlertRules(db: Db, actor: Actor): Promise<RuleWithRoutes[]> {
  authorize(canReadAlerts(actor), 'read alert rules');
  const [rules, routes] = await Promise.all([listRules(db, actor.orgId), listRuleRoutes(db, actor.orgId)]);
  return rules.map((rule) => ({ ...rule, channelIds: routes.get(rule.id) ?? [] }));
}
