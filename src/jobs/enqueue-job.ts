// Adds a job through SQL on the caller's connection, so a job enqueued inside a transaction is
// committed (or rolled back) together with the data it is about: a transactional outbox.
import type { Db } from '../db/pool.ts';
import { logger } from '../logger.ts';
import { findJob } from './registry.ts';

export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
  /** Jobs with the same key replace each other while pending (de-duplication). */
  jobKey?: string;
}

export async function enqueueJob(db: Db, name: string, payload: unknown, options: EnqueueOptions = {}): Promise<boolean> {
  const job = findJob(name);
  const parsed = job?.payload.safeParse(payload);
  if (!job || !parsed?.success) {
    logger().error({ job: name, reason: job ? 'invalid payload' : 'unknown job' }, 'job dropped at enqueue');
    return false;
  }
  await db.query(
    `SELECT graphile_worker.add_job($1, $2::json, run_at => $3, max_attempts => $4, job_key => $5)`,
    [name, JSON.stringify(parsed.data), options.runAt ?? null, options.maxAttempts ?? 10, options.jobKey ?? null],
  );
  return true;
}
