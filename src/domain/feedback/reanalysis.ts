// The re-analysis job's contract: which organisation, and where in its history the next batch starts.
import { z } from 'zod';

export const REANALYSE_JOB = 'feedback:reanalyse';
export const reanalysePayloadSchema = z.object({ orgId: z.uuid(), afterId: z.uuid().nullable().default(null) });
export type ReanalysePayload = z.output<typeof reanalysePayloadSchema>;
export const REANALYSE_BATCH_SIZE = 500;
