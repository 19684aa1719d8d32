// Crash recovery for jobs. graphile-worker marks a job it runs as locked by the worker's id and only
// frees locks older than 4 hours, so a job held by a worker that was killed (SIGKILL, OOM, a lost
// machine) would wait 4 hours. Here every worker proves it is alive by holding a session-level
// advisory lock named after its id, on one dedicated connection per process; any worker process
// periodically frees jobs whose holder has no such lock (the process, or its connection, is gone).
// A job freed this way runs again: handlers are idempotent or transactional, as at-least-once demands.
//
// This reads graphile-worker's private tables (schema of 0.17); re-check it when upgrading.
// It needs a real session connection: behind PgBouncer in transaction mode, point workers at the server.
import type pg from 'pg';
import type { Logger } from 'pino';

// First key of the two-key advisory locks (pg_advisory_lock(int, int)) that mean "worker alive".
const LIVENESS_LOCK_SPACE = 0x0fe7c0de;
/** A lock newer than this is never freed: the worker may not have taken its liveness lock yet. */
const GRACE_SECONDS = 10;
const SWEEP_EVERY_MS = 10_000;

export interface WorkerLiveness {
  /** Called for every graphile-worker worker this process creates. */
  register(workerId: string): void;
  /** Frees jobs held by dead workers; returns how many. Runs at start and periodically. */
  sweep(): Promise<number>;
  stop(): Promise<void>;
}

export async function startWorkerLiveness(pool: pg.Pool, log: Logger, options: { onLost: (error: Error) => void }): Promise<WorkerLiveness> {
  const holder = await pool.connect();
  let stopped = false;
  // Losing the connection loses the locks, and other processes would free (and re-run) our jobs:
  // this process must stop running jobs at once.
  holder.on('error', (error) => {
    if (!stopped) options.onLost(error);
  });
  const sweep = async () => {
    const freed = await pool.query<{ id: string }>(
      `UPDATE graphile_worker._private_jobs AS jobs
          SET locked_at = NULL, locked_by = NULL
        WHERE jobs.locked_by IS NOT NULL
          AND jobs.locked_at < now() - make_interval(secs => $2)
          AND NOT EXISTS (
            SELECT 1 FROM pg_locks l
             WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
               AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
               AND l.classid::bigint = $1 AND l.objid::bigint = (hashtext(jobs.locked_by)::bigint & 4294967295))
        RETURNING jobs.id`,
      [LIVENESS_LOCK_SPACE, GRACE_SECONDS],
    );
    if (freed.rowCount) log.warn({ jobs: freed.rows.map((row) => row.id) }, 'freed jobs held by workers that died; they will run again');
    return freed.rowCount ?? 0;
  };
  const timer = setInterval(() => void sweep().catch((error: unknown) => log.error({ err: error }, 'job lock sweep failed')), SWEEP_EVERY_MS);
  timer.unref();
  return {
    register: (workerId) => {
      holder.query('SELECT pg_advisory_lock($1, hashtext($2))', [LIVENESS_LOCK_SPACE, workerId]).catch((error: Error) => {
        if (!stopped) options.onLost(error);
      });
    },
    sweep,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      // Releasing the connection's session ends its locks; after a clean stop no job is held anyway.
      holder.release(true);
    },
  };
}
