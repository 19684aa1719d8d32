// Sets the order in which routing rules are tried (the first match wins); the list must name every rule once.
import { inTransaction, type Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput, validationFailed } from '../parse-input.ts';
import { listRoutingRules, lockRoutingRuleIds, setRoutingRulePositions, type RoutingRuleRow } from './case-routing.repo.ts';
import { canManageCaseSettings } from './cases.policy.ts';
import { reorderRoutingRulesSchema } from './cases.schema.ts';

export async function reorderRoutingRules(db: Db, actor: Actor, rawInput: unknown): Promise<RoutingRuleRow[]> {
  authorize(canManageCaseSettings(actor), 'manage case routing');
  const { ids } = parseInput(reorderRoutingRulesSchema, rawInput);
  return inTransaction(db, async (tx) => {
    const existing = await lockRoutingRuleIds(tx, actor.orgId);
    const sameSet = ids.length === existing.length && new Set(ids).size === ids.length && ids.every((id) => existing.includes(id));
    if (!sameSet) throw validationFailed([{ path: 'ids', message: 'list every routing rule of the organisation exactly once' }]);
    await setRoutingRulePositions(tx, actor.orgId, ids);
    return listRoutingRules(tx, actor.orgId);
  });
}
