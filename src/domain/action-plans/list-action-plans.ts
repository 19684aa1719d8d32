// The organisation's plans, each with its metric before → after, for the plans page.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canReadActionPlans } from './action-plans.policy.ts';
import { listPlans } from './action-plans.repo.ts';
import { planFilterSchema } from './action-plans.schema.ts';
import type { MeasuredPlan } from './get-action-plan.ts';
import { measureActionPlan } from './measure-action-plan.ts';

// Measured a few at a time so a long list does not take every pooled connection.
const CONCURRENCY = 4;

export async function listActionPlans(db: Db, actor: Actor, rawFilter: unknown, now = new Date()): Promise<MeasuredPlan[]> {
  authorize(canReadActionPlans(actor), 'read action plans');
  const filter = parseInput(planFilterSchema, rawFilter);
  const plans = await listPlans(db, actor.orgId, { status: filter.status, ownerTeamId: filter.owner_team_id, themeId: filter.theme_id });
  const measured: MeasuredPlan[] = [];
  for (let index = 0; index < plans.length; index += CONCURRENCY) {
    const batch = plans.slice(index, index + CONCURRENCY);
    const effects = await Promise.all(batch.map((plan) => measureActionPlan(db, actor.orgId, plan, now)));
    batch.forEach((plan, i) => measured.push({ plan, effect: effects[i]! }));
  }
  return measured;
}
