// What a plan has done so far: its metric within its scope before and after it took effect.
import type { Db } from '../../db/pool.ts';
import { sumScopeWindows, type PlanRow, type PlanScope } from './action-plans.repo.ts';
import { planEffect, planWindows, type PlanEffect } from './plan-effect.ts';

export function scopeOf(plan: PlanRow): PlanScope {
  return plan.sourceKind === 'theme' ? { kind: 'theme', themeId: plan.themeId! } : { kind: 'breakpoint', from: plan.breakpointFrom!, to: plan.breakpointTo! };
}

/** Called by the plan use cases after they authorized the actor; `now` is injectable for tests. */
export async function measureActionPlan(db: Db, orgId: string, plan: PlanRow, now = new Date()): Promise<PlanEffect> {
  const windows = planWindows(plan.startedAt, plan.baselineDays, now);
  const rows = await sumScopeWindows(db, orgId, scopeOf(plan), windows.before.from, windows.after.from, windows.after.to);
  return planEffect({ metric: plan.metric, direction: plan.direction, target: plan.target, windows }, rows);
}
