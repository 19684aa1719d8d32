// The feedback inbox query: filters plus keyset pagination, newest first.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { searchTerms } from '../text/index.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { canReadFeedback } from './feedback.policy.ts';
import { listFeedback as selectFeedback, type FeedbackRow } from './feedback.repo.ts';
import { feedbackFilterSchema } from './feedback.schema.ts';

export interface FeedbackPage {
  items: FeedbackRow[];
  nextCursor: string | null;
}

export async function listFeedback(db: Db, actor: Actor, rawFilter: unknown): Promise<FeedbackPage> {
  authorize(canReadFeedback(actor), 'read feedback');
  const filter = parseInput(feedbackFilterSchema, rawFilter);
  // Fetch one extra row to know whether another page exists without a count query.
  const rows = await selectFeedback(db, actor.orgId, {
    source: filter.source,
    channel: filter.channel,
    touchpointId: filter.touchpoint_id,
    stageId: filter.stage_id,
    journeyId: filter.journey_id,
    customerId: filter.customer_id,
    lang: filter.lang,
    sentiment: filter.sentiment,
    theme: filter.theme,
    breakpointFrom: filter.breakpoint_from,
    breakpointTo: filter.breakpoint_to,
    segment: filter.segment,
    from: filter.from ? new Date(filter.from) : undefined,
    to: filter.to ? endOf(filter.to) : undefined,
    text: filter.q,
    searchTerms: filter.q ? searchTerms(filter.q) : undefined,
    after: filter.cursor ? decodeCursor(filter.cursor) : undefined,
    limit: filter.limit + 1,
  });
  const items = rows.slice(0, filter.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > filter.limit && last ? encodeCursor({ occurredAt: last.occurredAt, id: last.id }) : null };
}

// A bare date as the end of a range means "through that day", as people read it.
function endOf(value: string): Date {
  const date = new Date(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(date.getTime() + 86_400_000) : date;
}
