// The theme explorer: every theme with its volume, sentiment, NPS of the customers who raised it,
// its impact on the overall NPS, and its change against the previous period.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { pairByKey, periodsOf } from './grouping.ts';
import { metricSet, type MetricSet } from './metric-set.ts';
import { canReadMetrics } from './metrics.policy.ts';
import { sumRollup } from './metrics.repo.ts';
import { metricsFilterSchema } from './metrics.schema.ts';
import { resolveScope, type ResolvedScope } from './resolve-scope.ts';
import { compareCounts, type Change } from './statistics.ts';
import { themeLabel } from './theme-labels.ts';

export interface ThemeRow {
  theme: string;
  label_en: string;
  label_zh: string;
  metrics: MetricSet;
  /** Share of all items in the period that mention the theme, in percent. */
  share: number | null;
  /** Overall NPS minus the NPS of the items that do not mention the theme: what the theme costs or adds. */
  nps_impact: number | null;
  volume_change: Change;
}

export interface ThemeExplorer {
  period: ResolvedScope['period'];
  overall: MetricSet;
  themes: ThemeRow[];
}

export async function exploreThemes(db: Db, actor: Actor, rawFilter: unknown, now = new Date()): Promise<ThemeExplorer> {
  authorize(canReadMetrics(actor), 'see metrics');
  const filter = parseInput(metricsFilterSchema, rawFilter);
  const { scope, period } = await resolveScope(db, actor, filter, now);
  const [totals, themeRows] = await Promise.all([
    sumRollup(db, actor.orgId, 'daily', scope, ['period']),
    sumRollup(db, actor.orgId, 'theme', scope, ['period', 'theme']),
  ]);
  const { current: overall, sums } = periodsOf(totals);
  const all = sums.current;
  const themes = [...pairByKey(themeRows, 'theme')].map(([theme, pair]): ThemeRow => {
    const t = pair.current;
    const restN = (all.nps_n ?? 0) - (t.nps_n ?? 0);
    const withoutTheme = restN > 0 ? (100 * ((all.promoters ?? 0) - (t.promoters ?? 0) - ((all.detractors ?? 0) - (t.detractors ?? 0)))) / restN : null;
    return {
      theme,
      ...themeLabel(theme),
      metrics: metricSet(t),
      share: all.items > 0 ? (100 * t.items) / all.items : null,
      nps_impact: overall.nps.value !== null && withoutTheme !== null ? overall.nps.value - withoutTheme : null,
      volume_change: compareCounts(t.items, pair.previous.items),
    };
  });
  return { period, overall, themes: themes.filter((row) => row.metrics.volume > 0).sort((a, b) => b.metrics.volume - a.metrics.volume) };
}
