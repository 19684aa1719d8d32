// Ingests one feedback item: validated and analysed on its own (errors name its fields), then stored
// together with the single items arriving at the same moment (single-item-groups.ts) — the same code
// as a batch, so single and batch ingestion can never drift apart.
import { isPool, type Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canIngestFeedback } from './feedback.policy.ts';
import { findFeedbackByIds, type FeedbackRow } from './feedback.repo.ts';
import { ingestFeedbackBatch, prepareFeedbackItems, type IngestOutcome } from './ingest-feedback-batch.ts';
import { storeInGroup } from './single-item-groups.ts';

export async function ingestFeedback(db: Db, actor: Actor, rawItem: unknown): Promise<{ item: FeedbackRow; created: boolean }> {
  authorize(canIngestFeedback(actor), 'ingest feedback');
  const alone = async () => (await ingestFeedbackBatch(db, actor, [rawItem], [], { readBack: true }))[0]!;
  let outcome: IngestOutcome;
  if (isPool(db)) {
    const [prepared] = await prepareFeedbackItems(db, actor, [rawItem], [], { freshReferences: false });
    outcome = await storeInGroup(db, actor, prepared!, alone);
  } else {
    outcome = await alone();
  }
  // A created item comes back from its INSERT; only a duplicate is read (it was stored earlier).
  const item = outcome.row ?? (await findFeedbackByIds(db, actor.orgId, [outcome.id]))[0];
  return { item: item!, created: outcome.status === 'created' };
}
