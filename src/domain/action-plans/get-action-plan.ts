// One plan with its measured effect and weekly series, for the plan page.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canReadActionPlans } from './action-plans.policy.ts';
import { findPlan, type PlanRow } from './action-plans.repo.ts';
import { measureActionPlan } from './measure-action-plan.ts';
import type { PlanEffect } from './plan-effect.ts';

export interface MeasuredPlan {
  plan: PlanRow;
  effect: PlanEffect;
}

export async function getActionPlan(db: Db, actor: Actor, id: string, now = new Date()): Promise<MeasuredPlan> {
  authorize(canReadActionPlans(actor), 'read action plans');
  const plan = await findPlan(db, actor.orgId, id);
  if (!plan) throw new AppError('not_found', 'No such action plan.');
  return { plan, effect: await measureActionPlan(db, actor.orgId, plan, now) };
}
