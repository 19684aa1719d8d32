// Schedules re-analysis of an organisation's whole history (after a taxonomy or model change).
// The job key makes a newer request replace a pending one, so it restarts from the beginning.
import { addJob } from '../../db/job-queue.ts';
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { REANALYSE_JOB, reanalysePayloadSchema } from './reanalysis.ts';

export async function startReanalysis(db: Db, actor: Actor): Promise<void> {
  await addJob(db, REANALYSE_JOB, reanalysePayloadSchema.parse({ orgId: actor.orgId, afterId: null }), { jobKey: `reanalyse:${actor.orgId}` });
}
