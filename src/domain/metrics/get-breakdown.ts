// Metrics side by side for each channel, touchpoint, stage, journey, segment or theme, each with
// its change against the previous period.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { pairByKey, toKeyedMetrics, type KeyedMetrics } from './grouping.ts';
import { canReadMetrics } from './metrics.policy.ts';
import { NO_TOUCHPOINT, sumRollup, type Dimension } from './metrics.repo.ts';
import { breakdownSchema } from './metrics.schema.ts';
import { resolveScope, type ResolvedScope } from './resolve-scope.ts';
import { themeLabel } from './theme-labels.ts';

export interface BreakdownRow extends KeyedMetrics {
  label_en: string | null;
  label_zh: string | null;
}

export interface Breakdown {
  by: string;
  period: ResolvedScope['period'];
  previous: ResolvedScope['previous'];
  rows: BreakdownRow[];
}

export async function getBreakdown(db: Db, actor: Actor, rawFilter: unknown, now = new Date()): Promise<Breakdown> {
  authorize(canReadMetrics(actor), 'see metrics');
  const filter = parseInput(breakdownSchema, rawFilter);
  const resolved = await resolveScope(db, actor, filter, now, filter.by === 'touchpoint' || filter.by === 'stage' || filter.by === 'journey');
  const { by } = filter;
  const dimension: Dimension = by === 'stage' || by === 'journey' ? 'touchpoint' : by;
  const rows = await sumRollup(db, actor.orgId, by === 'theme' ? 'theme' : 'daily', resolved.scope, ['period', dimension]);
  const names = nameIndex(resolved, by);
  const fold = by === 'stage' || by === 'journey' ? (key: string) => names.parent.get(key) : (key: string) => (key === NO_TOUCHPOINT ? 'none' : key);
  const keyed = toKeyedMetrics(pairByKey(rows, dimension, fold)).map((row): BreakdownRow => {
    if (by === 'theme') return { ...row, ...themeLabel(row.key) };
    const name = names.label.get(row.key);
    return { ...row, label_en: name?.nameEn ?? null, label_zh: name?.nameZh ?? null };
  });
  return { by, period: resolved.period, previous: resolved.previous, rows: keyed.sort((a, b) => b.metrics.volume - a.metrics.volume) };
}

/** Display names of touchpoints, stages and journeys, and for stage/journey views each touchpoint's parent. */
function nameIndex({ journeys }: ResolvedScope, by: string) {
  const label = new Map<string, { nameEn: string | null; nameZh: string | null }>();
  const parent = new Map<string, string>();
  for (const journey of journeys) {
    label.set(journey.id, journey);
    for (const stage of journey.stages) {
      label.set(stage.id, stage);
      for (const touchpoint of stage.touchpoints) {
        label.set(touchpoint.id, touchpoint);
        parent.set(touchpoint.id, by === 'stage' ? stage.id : journey.id);
      }
    }
  }
  return { label, parent };
}
