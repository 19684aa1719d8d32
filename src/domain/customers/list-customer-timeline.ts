// The customer's cross-channel timeline, newest first: every item they gave (reviews, tickets, chats,
// calls, survey answers), whichever profile it first arrived on. Entries are typed so that cases and
// alerts can be woven in when those capabilities exist.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import type { FeedbackRow } from '../feedback/feedback.repo.ts';
import { listFeedback } from '../feedback/list-feedback.ts';
import { findLiveCustomerOf } from '../identity/find-live-customer.ts';
import { parseInput } from '../parse-input.ts';
import { canReadCustomers } from './customers.policy.ts';
import { timelineFilterSchema } from './customers.schema.ts';

export type TimelineEntry = { type: 'feedback'; occurredAt: Date; feedback: FeedbackRow };

export interface TimelinePage {
  customerId: string;
  items: TimelineEntry[];
  nextCursor: string | null;
}

export async function listCustomerTimeline(db: Db, actor: Actor, id: string, rawFilter: unknown): Promise<TimelinePage> {
  authorize(canReadCustomers(actor), 'read customers');
  const filter = parseInput(timelineFilterSchema, rawFilter);
  const { customer } = await findLiveCustomerOf(db, actor, id);
  const page = await listFeedback(db, actor, { customer_id: customer.id, limit: filter.limit, cursor: filter.cursor });
  return {
    customerId: customer.id,
    items: page.items.map((feedback) => ({ type: 'feedback', occurredAt: feedback.occurredAt, feedback })),
    nextCursor: page.nextCursor,
  };
}
