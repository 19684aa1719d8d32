// Metrics over time (day / week / month) for the filters, optionally only for items of one theme.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { metricSet, type MetricSet } from './metric-set.ts';
import { canReadMetrics } from './metrics.policy.ts';
import { sumRollup } from './metrics.repo.ts';
import { trendSchema } from './metrics.schema.ts';
import { resolveScope } from './resolve-scope.ts';

export interface Trend {
  period: { from: string; to: string; days: number };
  grain: 'day' | 'week' | 'month';
  theme: string | null;
  points: Array<{ bucket: string; metrics: MetricSet }>;
}

export async function getTrend(db: Db, actor: Actor, rawFilter: unknown, now = new Date()): Promise<Trend> {
  authorize(canReadMetrics(actor), 'see metrics');
  const filter = parseInput(trendSchema, rawFilter);
  const { scope, period } = await resolveScope(db, actor, filter, now);
  const rows = await sumRollup(db, actor.orgId, filter.theme ? 'theme' : 'daily', { ...scope, previousFrom: undefined, theme: filter.theme }, [filter.grain]);
  const points = rows.map((row) => ({ bucket: row.keys[filter.grain]!, metrics: metricSet(row) })).sort((a, b) => a.bucket.localeCompare(b.bucket));
  return { period, grain: filter.grain, theme: filter.theme ?? null, points };
}
