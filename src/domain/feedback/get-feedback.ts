// One feedback item with its full analysis, for the detail panel.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canReadFeedback } from './feedback.policy.ts';
import { findFeedbackByIds, type FeedbackRow } from './feedback.repo.ts';

export async function getFeedback(db: Db, actor: Actor, id: string): Promise<FeedbackRow> {
  authorize(canReadFeedback(actor), 'read feedback');
  const [row] = await findFeedbackByIds(db, actor.orgId, [id]);
  if (!row) throw new AppError('not_found', 'No such feedback item.');
  return row;
}
