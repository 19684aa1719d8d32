// Re-analysis of history in background batches after the taxonomy or a model changes.
import { reanalyseFeedbackBatch } from '../../domain/feedback/reanalyse-feedback-batch.ts';
import { REANALYSE_JOB, reanalysePayloadSchema } from '../../domain/feedback/reanalysis.ts';
import { defineJob } from '../job-definition.ts';

export const reanalyseFeedbackJob = defineJob({
  name: REANALYSE_JOB,
  payload: reanalysePayloadSchema,
  handler: async (payload, { db, log }) => {
    const { updated, done } = await reanalyseFeedbackBatch(db, payload);
    log.info({ orgId: payload.orgId, updated, done }, 'feedback re-analysed');
  },
});
