// The newest texts of several (channel, sentiment) groups in one query, for word statistics that need
// a bounded sample per group (the channel descriptors) rather than pages of full items.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canReadFeedback } from './feedback.policy.ts';
import { sampleTexts } from './feedback.repo.ts';
import { feedbackSampleSchema } from './feedback.schema.ts';

export async function sampleFeedbackTexts(db: Db, actor: Actor, rawInput: unknown): Promise<Array<{ channel: string; sentiment: string; text: string }>> {
  authorize(canReadFeedback(actor), 'read feedback');
  const input = parseInput(feedbackSampleSchema, rawInput);
  return sampleTexts(db, actor.orgId, {
    groups: input.groups,
    from: new Date(input.from),
    to: endOf(input.to),
    touchpointIds: input.touchpoint_ids,
    segment: input.segment,
    perGroup: input.per_group,
  });
}

// A bare date as the end of a range means "through that day", as in the feedback listing.
function endOf(value: string): Date {
  const date = new Date(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(date.getTime() + 86_400_000) : date;
}
