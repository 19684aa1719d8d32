// The words that set each channel apart, separately for praise and complaints ("fast", "排队"),
// from the most recent verbatims of each channel in the filtered range. Text statistics live in the
// text engine; the verbatims come through the feedback capability's own listing.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { listFeedback } from '../feedback/list-feedback.ts';
import { parseInput } from '../parse-input.ts';
import { distinctiveDescriptors, type DescriptorGroup } from '../text/index.ts';
import { compareChannels } from './compare-channels.ts';
import { canReadMetrics } from './metrics.policy.ts';
import { metricsFilterSchema } from './metrics.schema.ts';

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
  const comparison = await compareChannels(db, actor, filter, now);
  const pages = await Promise.all(
    comparison.channels.flatMap((channel) =>
      SENTIMENTS.map(async (sentiment) => {
        const page = await listFeedback(db, actor, {
          channel: channel.key,
          sentiment,
          touchpoint_id: filter.touchpoint_id,
          stage_id: filter.stage_id,
          journey_id: filter.journey_id,
          from: comparison.period.from,
          to: comparison.period.to,
          limit: SAMPLE_PER_GROUP,
        });
        return page.items.filter((item) => item.text).map((item) => ({ channel: channel.key, sentiment, text: item.text! }));
      }),
    ),
  );
  return { sample_per_group: SAMPLE_PER_GROUP, groups: distinctiveDescriptors(pages.flat(), { top: 15 }) };
}
