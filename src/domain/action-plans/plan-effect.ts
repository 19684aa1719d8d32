// The arithmetic of "before / after" for a plan, pure so it is unit-tested: the two windows around
// the moment the plan took effect, the plan's metric as an estimate from summed feedback (through
// the metrics capability's statistics), and the verdict on the change.
import { addSums, metricSet, type Sums } from '../metrics/metric-set.ts';
import { compare, proportion, Z_95, type Change, type Estimate } from '../metrics/statistics.ts';
import type { PlanMetric } from './action-plans.schema.ts';
import type { WindowSums } from './action-plans.repo.ts';

const DAY_MS = 86_400_000;

export interface PlanWindows {
  before: { from: Date; to: Date };
  /** Same length as the baseline, cut at `now`; empty (from = to) while the plan has not started. */
  after: { from: Date; to: Date };
}

export function planWindows(startedAt: Date, baselineDays: number, now: Date): PlanWindows {
  const length = baselineDays * DAY_MS;
  const afterEnd = new Date(Math.max(startedAt.getTime(), Math.min(now.getTime(), startedAt.getTime() + length)));
  return { before: { from: new Date(startedAt.getTime() - length), to: startedAt }, after: { from: startedAt, to: afterEnd } };
}

/**
 * Volume is a rate (items per day) so a window cut short by today compares fairly with the full
 * baseline: a Poisson count c over t days has rate c/t and standard error √c/t.
 */
export function volumeRate(items: number, days: number): Estimate {
  if (days <= 0) return { value: null, n: 0, se: null, ci: null };
  const value = items / days;
  const se = Math.sqrt(items) / days;
  return { value, n: items, se, ci: [Math.max(0, value - Z_95 * se), value + Z_95 * se] };
}

/** The plan's metric from summed feedback; `days` is the window's length (for volume only). */
export function estimateOf(metric: PlanMetric, sums: Sums, days: number): Estimate {
  if (metric === 'volume') return volumeRate(sums.items, days);
  if (metric === 'negative_share') return proportion(sums.sentiment_n ?? 0, sums.negative ?? 0);
  const set = metricSet(sums);
  return metric === 'nps' ? set.nps : metric === 'csat' ? set.csat : metric === 'ces' ? set.ces : set.sentiment;
}

export interface WeekPoint {
  week: string;
  value: number | null;
  n: number;
  /** Whether the plan had taken effect by the start of the week. */
  after: boolean;
}

export interface PlanEffect {
  windows: PlanWindows;
  before: Estimate;
  after: Estimate;
  change: Change;
  /** A significant change in the plan's direction: true; significant against it: false; else null. */
  improved: boolean | null;
  /** Whether the "after" value has reached the target (null without a target or a value). */
  targetReached: boolean | null;
  weeks: WeekPoint[];
}

export interface EffectInput {
  metric: PlanMetric;
  direction: 'increase' | 'decrease';
  target: number | null;
  windows: PlanWindows;
}

const days = (window: { from: Date; to: Date }) => (window.to.getTime() - window.from.getTime()) / DAY_MS;

export function planEffect(plan: EffectInput, rows: WindowSums[]): PlanEffect {
  let before: Sums = { items: 0 };
  let after: Sums = { items: 0 };
  const byWeek = new Map<string, Sums>();
  for (const { window, week, ...sums } of rows) {
    if (window === 'before') before = addSums(before, sums);
    else after = addSums(after, sums);
    byWeek.set(week, addSums(byWeek.get(week) ?? { items: 0 }, sums));
  }
  const beforeEstimate = estimateOf(plan.metric, before, days(plan.windows.before));
  const afterEstimate = estimateOf(plan.metric, after, days(plan.windows.after));
  const change = compare(afterEstimate, beforeEstimate);
  const improved = !change.significant || change.delta === null ? null : plan.direction === 'increase' ? change.delta > 0 : change.delta < 0;
  const value = afterEstimate.value;
  const targetReached = plan.target === null || value === null ? null : plan.direction === 'increase' ? value >= plan.target : value <= plan.target;
  const started = plan.windows.after.from.getTime();
  const start = plan.windows.before.from.getTime();
  const end = plan.windows.after.to.getTime();
  const weeks = [...byWeek]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, sums]): WeekPoint => {
      const weekStart = Date.parse(`${week}T00:00:00Z`);
      // Edge weeks are only partly inside the windows: a volume rate counts the days inside.
      const inside = (Math.min(end, weekStart + 7 * DAY_MS) - Math.max(start, weekStart)) / DAY_MS;
      const estimate = estimateOf(plan.metric, sums, inside);
      return { week, value: estimate.value, n: estimate.n, after: weekStart >= started };
    });
  return { windows: plan.windows, before: beforeEstimate, after: afterEstimate, change, improved, targetReached, weeks };
}
