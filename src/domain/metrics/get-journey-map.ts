// The journey map: each stage and touchpoint of one journey with its metrics, and the cross-channel
// breakpoints (customer sent from one channel to another) with their volume and sentiment.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { pairByKey, toKeyedMetrics, type KeyedMetrics } from './grouping.ts';
import { canReadMetrics } from './metrics.policy.ts';
import { sumRollup } from './metrics.repo.ts';
import { metricsFilterSchema } from './metrics.schema.ts';
import { resolveScope, type ResolvedScope } from './resolve-scope.ts';

interface Names {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
}

export interface JourneyMap {
  period: ResolvedScope['period'];
  journeys: Names[];
  journey: (Names & { stages: Array<Names & KeyedMetrics & { touchpoints: Array<Names & KeyedMetrics & { channel: string }> }> }) | null;
  breakpoints: Array<{ from: string; to: string; items: number; sentiment_mean: number | null; negative_share: number | null }>;
}

export async function getJourneyMap(db: Db, actor: Actor, rawFilter: unknown, now = new Date()): Promise<JourneyMap> {
  authorize(canReadMetrics(actor), 'see metrics');
  const filter = parseInput(metricsFilterSchema, rawFilter);
  // The journey shown is the one asked for; its stage / touchpoint are not filters of the map itself.
  const resolved = await resolveScope(db, actor, { ...filter, journey_id: undefined, stage_id: undefined, touchpoint_id: undefined }, now, true);
  const journeys = resolved.journeys.map(({ id, nameEn, nameZh }) => ({ id, nameEn, nameZh }));
  const tree = filter.journey_id ? resolved.journeys.find((journey) => journey.id === filter.journey_id) : resolved.journeys[0];
  if (filter.journey_id && !tree) throw new AppError('not_found', 'No such journey.');
  const [touchpointRows, breakpointRows] = await Promise.all([
    tree ? sumRollup(db, actor.orgId, 'daily', { ...resolved.scope, touchpointIds: tree.stages.flatMap((s) => s.touchpoints.map((t) => t.id)) }, ['period', 'touchpoint']) : [],
    sumRollup(db, actor.orgId, 'breakpoint', { ...resolved.scope, previousFrom: undefined }, ['from_channel', 'to_channel']),
  ]);
  const byTouchpoint = new Map(toKeyedMetrics(pairByKey(touchpointRows, 'touchpoint')).map((row) => [row.key, row]));
  const stageOf = new Map(tree?.stages.flatMap((stage) => stage.touchpoints.map((t) => [t.id, stage.id] as const)) ?? []);
  const byStage = new Map(toKeyedMetrics(pairByKey(touchpointRows, 'touchpoint', (key) => stageOf.get(key))).map((row) => [row.key, row]));
  const empty = (key: string) => toKeyedMetrics(new Map([[key, { current: { items: 0 }, previous: { items: 0 } }]]))[0]!;
  return {
    period: resolved.period,
    journeys,
    journey: tree
      ? {
          id: tree.id,
          nameEn: tree.nameEn,
          nameZh: tree.nameZh,
          stages: tree.stages.map((stage) => ({
            id: stage.id,
            nameEn: stage.nameEn,
            nameZh: stage.nameZh,
            ...(byStage.get(stage.id) ?? empty(stage.id)),
            touchpoints: stage.touchpoints.map((t) => ({ id: t.id, nameEn: t.nameEn, nameZh: t.nameZh, channel: t.channel, ...(byTouchpoint.get(t.id) ?? empty(t.id)) })),
          })),
        }
      : null,
    breakpoints: breakpointRows
      .map((row) => ({
        from: row.keys.from_channel!,
        to: row.keys.to_channel!,
        items: row.items,
        sentiment_mean: row.sentiment_n! > 0 ? row.sentiment_sum! / row.sentiment_n! : null,
        negative_share: row.sentiment_n! > 0 ? row.negative! / row.sentiment_n! : null,
      }))
      .filter((row) => row.items > 0)
      .sort((a, b) => b.items - a.items),
  };
}
