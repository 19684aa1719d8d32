// The public JSON shape of action plans, with their metric before → after (two-decimal numbers,
// like the metrics presenter) and the weekly series for the plan's chart.
import type { MeasuredPlan } from '../../domain/action-plans/get-action-plan.ts';
import type { Change, Estimate } from '../../domain/metrics/statistics.ts';
import { themeLabel } from '../../domain/metrics/theme-labels.ts';

const r = (value: number | null | undefined) => (value === null || value === undefined || !Number.isFinite(value) ? null : Math.round(value * 100) / 100);
const estimate = (e: Estimate) => ({ value: r(e.value), n: e.n, ci_low: r(e.ci?.[0]), ci_high: r(e.ci?.[1]) });
const change = (c: Change) => ({ delta: r(c.delta), z: r(c.z), significant: c.significant, direction: c.direction, insufficient_n: c.insufficient });

export function presentActionPlan({ plan, effect }: MeasuredPlan, withSeries = false) {
  return {
    id: plan.id,
    title: plan.title,
    description: plan.description,
    source:
      plan.sourceKind === 'theme'
        ? { kind: 'theme' as const, theme_id: plan.themeId, ...themeLabel(plan.themeId!) }
        : { kind: 'breakpoint' as const, from_channel: plan.breakpointFrom, to_channel: plan.breakpointTo },
    owner_team: plan.ownerTeamId ? { id: plan.ownerTeamId, name: plan.ownerTeamName } : null,
    due_date: plan.dueDate,
    metric: plan.metric,
    direction: plan.direction,
    target: plan.target,
    status: plan.status,
    created_by: plan.createdBy ? { id: plan.createdBy, name: plan.createdByName } : null,
    created_at: plan.createdAt.toISOString(),
    updated_at: plan.updatedAt.toISOString(),
    started_at: plan.startedAt.toISOString(),
    baseline_days: plan.baselineDays,
    effect: {
      before_window: { from: effect.windows.before.from.toISOString(), to: effect.windows.before.to.toISOString() },
      after_window: { from: effect.windows.after.from.toISOString(), to: effect.windows.after.to.toISOString() },
      before: estimate(effect.before),
      after: estimate(effect.after),
      change: change(effect.change),
      improved: effect.improved,
      target_reached: effect.targetReached,
      ...(withSeries ? { weeks: effect.weeks.map((w) => ({ week: w.week, value: r(w.value), n: w.n, after: w.after })) } : {}),
    },
  };
}
