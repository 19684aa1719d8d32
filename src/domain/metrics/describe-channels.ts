// The words that set each channel apart, separately for praise and complaints ("fast", "排队"),
// from the most recent verbatims of each channel in the filtered range. Text statistics live in the
// text engine; the verbatims come from the feedback capability, all groups in one narrow query.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { sampleFeedbackTexts } from '../feedback/sample-feedback-texts.ts';
import { parseInput } from '../parse-input.ts';
import { distinctiveDescriptors, type DescriptorGroup } from '../text/index.ts';
import { compareChannels } from './compare-channels.ts';
import { canReadMetrics } from './metrics.policy.ts';
import { metricsFilterSchema } from './metrics.schema.ts';
import { resolveScope } from './resolve-scope.ts';

/** Verbatims read per (channel, sentiment): enough for stable word statistics, bounded in time. */
const SAMPLE_PER_GROUP = 200;
const SENTIMENTS = ['positive', 'negative'] as const;

export interface ChannelDescriptors {
  sample_per_group: number;
  groups: DescriptorGroup[];
}

export async function describeChannels(db: Db, actor: Actor, rawFilter: unknown, now = new Date()): Promise<ChannelDescriptors> {
  authorize(canReadMetrics(actor), 'see metrics');
  const filter = parseInput(metricsFilterSchema, rawFilter);
  // Touchpoint / stage / journey filters become touchpoint ids once, as for the rollups.
  const [comparison, { scope }] = await Promise.all([compareChannels(db, actor, filter, now), resolveScope(db, actor, filter, now)]);
  const groups = comparison.channels.flatMap((channel) => SENTIMENTS.map((sentiment) => ({ channel: channel.key, sentiment })));
  if (groups.length === 0) return { sample_per_group: SAMPLE_PER_GROUP, groups: [] };
  const texts = await sampleFeedbackTexts(db, actor, {
    groups,
    from: comparison.period.from,
    to: comparison.period.to,
    touchpoint_ids: scope.touchpointIds,
    segment: filter.segment,
    per_group: SAMPLE_PER_GROUP,
  });
  return { sample_per_group: SAMPLE_PER_GROUP, groups: distinctiveDescriptors(texts as Array<{ channel: string; sentiment: (typeof SENTIMENTS)[number]; text: string }>, { top: 15 }) };
}
