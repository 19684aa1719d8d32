// Enqueues a registered job after checking its payload; an unknown job or a bad payload is logged
// and dropped rather than left to fail in the worker.
import { addJob, type AddJobOptions } from '../db/job-queue.ts';
import type { Db } from '../db/pool.ts';
import { logger } from '../logger.ts';
import { findJob } from './registry.ts';

export async function enqueueJob(db: Db, name: string, payload: unknown, options: AddJobOptions = {}): Promise<boolean> {
  const job = findJob(name);
  const parsed = job?.payload.safeParse(payload);
  if (!job || !parsed?.success) {
    logger().error({ job: name, reason: job ? 'invalid payload' : 'unknown job' }, 'job dropped at enqueue');
    return false;
  }
  await addJob(db, name, parsed.data, options);
  return true;
}
