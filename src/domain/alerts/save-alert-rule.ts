// Creates or replaces an alert rule together with its routing (which channels hear about it).
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { setRuleRoutes } from '../notifications/route-rule-notifications.ts';
import { parseInput } from '../parse-input.ts';
import { canManageAlertRules } from './alerts.policy.ts';
import { insertRule, updateRule } from './alerts.repo.ts';
import { saveRuleSchema } from './alerts.schema.ts';
import type { RuleWithRoutes } from './list-alert-rules.ts';

export async function createAlertRule(db: Db, actor: Actor, rawInput: unknown): Promise<RuleWithRoutes> {
  authorize(canManageAlertRules(actor), 'manage alert rules');
  const input = parseInput(saveRuleSchema, rawInput);
  return inTransaction(db, async (tx) => {
    const rule = await insertRule(tx, actor.orgId, input);
    await setRuleRoutes(tx, actor.orgId, rule.id, input.channel_ids);
    return { ...rule, channelIds: [...new Set(input.channel_ids)] };
  });
}

export async function updateAlertRule(db: Db, actor: Actor, id: string, rawInput: unknown): Promise<RuleWithRoutes> {
  authorize(canManageAlertRules(actor), 'manage alert rules');
  const input = parseInput(saveRuleSchema, rawInput);
  return inTransaction(db, async (tx) => {
    const rule = await updateRule(tx, actor.orgId, id, input);
    if (!rule) throw new AppError('not_found', 'No such alert rule.');
    await setRuleRoutes(tx, actor.orgId, rule.id, input.channel_ids);
    return { ...rule, channelIds: [...new Set(input.channel_ids)] };
  });
}
