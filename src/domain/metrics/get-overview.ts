// The Overview page in one call: headline metrics against the previous period, their trend, and
// the themes rising and falling fastest.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { pairByKey, periodsOf } from './grouping.ts';
import { metricSet, type MetricChanges, type MetricSet } from './metric-set.ts';
import { canReadMetrics } from './metrics.policy.ts';
import { sumRollup } from './metrics.repo.ts';
import { metricsFilterSchema } from './metrics.schema.ts';
import { resolveScope } from './resolve-scope.ts';
import { compareCounts, type Change } from './statistics.ts';
import { themeLabel } from './theme-labels.ts';

const TOP_THEMES = 5;

export interface ThemeMove {
  theme: string;
  label_en: string;
  label_zh: string;
  current: number;
  previous: number;
  change: Change;
}

export interface Overview {
  period: { from: string; to: string; days: number };
  previous: { from: string; to: string };
  current: MetricSet;
  before: MetricSet;
  changes: MetricChanges;
  trend: Array<{ bucket: string; metrics: MetricSet }>;
  themes: { rising: ThemeMove[]; falling: ThemeMove[] };
}

export async function getOverview(db: Db, actor: Actor, rawFilter: unknown, now = new Date()): Promise<Overview> {
  authorize(canReadMetrics(actor), 'see metrics');
  const filter = parseInput(metricsFilterSchema, rawFilter);
  const { scope, period, previous } = await resolveScope(db, actor, filter, now);
  const [headline, trendRows, themeRows] = await Promise.all([
    sumRollup(db, actor.orgId, 'daily', scope, ['period']),
    sumRollup(db, actor.orgId, 'daily', { ...scope, previousFrom: undefined }, [filter.grain]),
    sumRollup(db, actor.orgId, 'theme', scope, ['period', 'theme']),
  ]);
  const periods = periodsOf(headline);
  const trend = trendRows
    .map((row) => ({ bucket: row.keys[filter.grain]!, metrics: metricSet(row) }))
    .sort((a, b) => a.bucket.localeCompare(b.bucket));
  const moves = [...pairByKey(themeRows, 'theme')].map(([theme, pair]): ThemeMove => ({
    theme,
    ...themeLabel(theme),
    current: pair.current.items,
    previous: pair.previous.items,
    change: compareCounts(pair.current.items, pair.previous.items),
  }));
  const byZ = (a: ThemeMove, b: ThemeMove) => (b.change.z ?? 0) - (a.change.z ?? 0);
  return {
    period,
    previous,
    current: periods.current,
    before: periods.previous,
    changes: periods.changes,
    trend,
    themes: {
      rising: moves.filter((move) => (move.change.z ?? 0) > 0).sort(byZ).slice(0, TOP_THEMES),
      falling: moves.filter((move) => (move.change.z ?? 0) < 0).sort(byZ).reverse().slice(0, TOP_THEMES),
    },
  };
}
