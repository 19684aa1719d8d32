// Re-analyses one batch of an organisation's feedback with its current settings and queues the next
// batch; small batches keep each transaction short while ingestion goes on.
import { addJob } from '../../db/job-queue.ts';
import { inTransaction, type Db } from '../../db/pool.ts';
import { textAnalysisOptions } from '../text-settings/text-analysis-options.ts';
import { analyseFeedback } from './analyse-feedback.ts';
import { listTextsForReanalysis, updateAnalysis } from './feedback.repo.ts';
import { REANALYSE_BATCH_SIZE, REANALYSE_JOB, type ReanalysePayload } from './reanalysis.ts';

export async function reanalyseFeedbackBatch(db: Db, payload: ReanalysePayload): Promise<{ updated: number; done: boolean }> {
  const options = await textAnalysisOptions(db, payload.orgId);
  return inTransaction(db, async (tx) => {
    const items = await listTextsForReanalysis(tx, payload.orgId, payload.afterId, REANALYSE_BATCH_SIZE);
    const analysed = items.map((item) => ({ id: item.id, ...analyseFeedback(item.text, item.channel, options) }));
    await updateAnalysis(tx, payload.orgId, analysed);
    const last = items.at(-1);
    const done = items.length < REANALYSE_BATCH_SIZE || !last;
    if (!done) await addJob(tx, REANALYSE_JOB, { orgId: payload.orgId, afterId: last.id }, { jobKey: `reanalyse:${payload.orgId}` });
    return { updated: items.length, done };
  });
}
