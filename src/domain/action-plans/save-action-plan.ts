// Creates or replaces an action plan after checking that its theme, channels and team are the
// organisation's own.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import { isUser, type Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canManageActionPlans } from './action-plans.policy.ts';
import { findPlan, insertPlan, updatePlan, type PlanRow } from './action-plans.repo.ts';
import { savePlanSchema } from './action-plans.schema.ts';
import { checkPlanReferences } from './check-plan-references.ts';

export async function createActionPlan(db: Db, actor: Actor, rawInput: unknown): Promise<PlanRow> {
  authorize(canManageActionPlans(actor), 'manage action plans');
  const input = parseInput(savePlanSchema, rawInput);
  await checkPlanReferences(db, actor, input);
  const id = await insertPlan(db, actor.orgId, isUser(actor) ? actor.userId : null, input);
  return (await findPlan(db, actor.orgId, id))!;
}

export async function updateActionPlan(db: Db, actor: Actor, id: string, rawInput: unknown): Promise<PlanRow> {
  authorize(canManageActionPlans(actor), 'manage action plans');
  const input = parseInput(savePlanSchema, rawInput);
  if (!(await findPlan(db, actor.orgId, id))) throw new AppError('not_found', 'No such action plan.');
  await checkPlanReferences(db, actor, input);
  if (!(await updatePlan(db, actor.orgId, id, input))) throw new AppError('not_found', 'No such action plan.');
  return (await findPlan(db, actor.orgId, id))!;
}
