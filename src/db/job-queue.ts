// Adds a job through SQL on the caller's connection, so a job enqueued inside a transaction is
// committed (or rolled back) together with the data it is about: a transactional outbox.
// Domain code calls this with payloads checked by its own schema; the worker checks them again.
import type { Db } from './pool.ts';

export interface AddJobOptions {
  runAt?: Date;
  maxAttempts?: number;
  /** A pending job with the same key is replaced (de-duplication, restart from scratch). */
  jobKey?: string;
}

export async function addJob(db: Db, name: string, payload: unknown, options: AddJobOptions = {}): Promise<void> {
  await db.query(`SELECT graphile_worker.add_job($1, $2::json, run_at => $3, max_attempts => $4, job_key => $5)`, [
    name,
    JSON.stringify(payload),
    options.runAt ?? null,
    options.maxAttempts ?? 10,
    options.jobKey ?? null,
  ]);
}
