// Runs the job worker on the shared PostgreSQL. Handlers validate their payload first: a job with a
// payload that no longer fits its schema is logged and dropped rather than retried forever.
import { Logger as WorkerLogger, run, type Runner, type TaskList } from 'graphile-worker';
import type { Logger } from 'pino';
import type pg from 'pg';
import { jobRegistry } from './registry.ts';

export async function startWorker(pool: pg.Pool, log: Logger, options: { concurrency: number }): Promise<Runner> {
  const taskList: TaskList = Object.fromEntries(
    jobRegistry.map((job) => [
      job.name,
      async (payload: unknown) => {
        const parsed = job.payload.safeParse(payload);
        if (!parsed.success) {
          log.error({ job: job.name, issues: parsed.error.issues }, 'job dropped: invalid payload');
          return;
        }
        await job.handler(parsed.data, { db: pool, log: log.child({ job: job.name }) });
      },
    ]),
  );
  const crontab = jobRegistry.flatMap((job) => (job.schedule ? [`${job.schedule} ${job.name}`] : [])).join('\n');
  return run({
    pgPool: pool,
    taskList,
    crontab,
    concurrency: options.concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: new WorkerLogger(() => (level, message, meta) => {
      const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : 'debug';
      log[method]({ worker: meta }, message);
    }),
  });
}
