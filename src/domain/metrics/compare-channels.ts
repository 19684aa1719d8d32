// Channel consistency: the same metrics for every channel side by side, and one score saying how
// alike the customer's experience is across them (see consistencyScore for the formula).
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { pairByKey, periodsOf, toKeyedMetrics, type KeyedMetrics } from './grouping.ts';
import type { MetricSet } from './metric-set.ts';
import { canReadMetrics } from './metrics.policy.ts';
import { sumRollup } from './metrics.repo.ts';
import { metricsFilterSchema } from './metrics.schema.ts';
import { resolveScope, type ResolvedScope } from './resolve-scope.ts';
import { consistencyScore } from './statistics.ts';

export interface ChannelComparison {
  period: ResolvedScope['period'];
  overall: MetricSet;
  consistency: { sentiment: number | null; nps: number | null };
  channels: KeyedMetrics[];
}

export async function compareChannels(db: Db, actor: Actor, rawFilter: unknown, now = new Date()): Promise<ChannelComparison> {
  authorize(canReadMetrics(actor), 'see metrics');
  const filter = parseInput(metricsFilterSchema, rawFilter);
  // Comparing channels with one channel filtered out of the picture would compare nothing.
  const { scope, period } = await resolveScope(db, actor, { ...filter, channel: undefined }, now);
  const rows = await sumRollup(db, actor.orgId, 'daily', scope, ['period', 'channel']);
  const channels = toKeyedMetrics(pairByKey(rows, 'channel')).sort((a, b) => b.metrics.volume - a.metrics.volume);
  const overall = periodsOf(rows).current;
  return {
    period,
    overall,
    consistency: {
      sentiment: consistencyScore(channels.map((c) => ({ n: c.metrics.sentiment.n, value: c.metrics.sentiment.value }))),
      nps: consistencyScore(channels.map((c) => ({ n: c.metrics.nps.n, value: c.metrics.nps.value }))),
    },
    channels: channels.filter((channel) => channel.metrics.volume > 0 || channel.changes.volume.previous),
  };
}
