// Removes a routing rule; cases it routed keep their team and person.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { deleteRoutingRule as deleteRoutingRuleRow } from './case-routing.repo.ts';
import { canManageCaseSettings } from './cases.policy.ts';

export async function deleteRoutingRule(db: Db, actor: Actor, id: string): Promise<void> {
  authorize(canManageCaseSettings(actor), 'manage case routing');
  if (!(await deleteRoutingRuleRow(db, actor.orgId, id))) throw new AppError('not_found', 'No such routing rule.');
}
