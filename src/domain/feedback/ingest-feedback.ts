// Ingests one feedback item; a batch of one, so single and batch ingestion can never drift apart.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { findFeedbackByIds, type FeedbackRow } from './feedback.repo.ts';
import { ingestFeedbackBatch } from './ingest-feedback-batch.ts';

export async function ingestFeedback(db: Db, actor: Actor, rawItem: unknown): Promise<{ item: FeedbackRow; created: boolean }> {
  // A created item comes back from its INSERT; only a duplicate is read (it was stored earlier).
  const [outcome] = await ingestFeedbackBatch(db, actor, [rawItem], [], { readBack: true });
  const item = outcome!.row ?? (await findFeedbackByIds(db, actor.orgId, [outcome!.id]))[0];
  return { item: item!, created: outcome!.status === 'created' };
}
