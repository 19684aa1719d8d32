// Removes a plan made by mistake; finished or abandoned plans are better kept as done / cancelled.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canManageActionPlans } from './action-plans.policy.ts';
import { deletePlan } from './action-plans.repo.ts';

export async function deleteActionPlan(db: Db, actor: Actor, id: string): Promise<void> {
  authorize(canManageActionPlans(actor), 'manage action plans');
  if (!(await deletePlan(db, actor.orgId, id))) throw new AppError('not_found', 'No such action plan.');
}
