// Runs the job worker on the shared PostgreSQL. Handlers validate their payload first: a job with a
// payload that no longer fits its schema is logged and dropped rather than retried forever. Every run
// is counted for /metrics, and jobs held by workers that died are freed (see worker-liveness.ts).
import { EventEmitter } from 'node:events';
import { Logger as WorkerLogger, run, type Runner, type TaskList, type WorkerEvents } from 'graphile-worker';
import type { Logger } from 'pino';
import type pg from 'pg';
import { processMetrics } from '../observability/prometheus.ts';
import { jobRegistry } from './registry.ts';
import { startWorkerLiveness } from './worker-liveness.ts';

export async function startWorker(pool: pg.Pool, log: Logger, options: { concurrency: number; onLivenessLost?: (error: Error) => void }): Promise<Runner> {
  const taskList: TaskList = Object.fromEntries(
    jobRegistry.map((job) => [
      job.name,
      async (payload: unknown) => {
        const { jobRuns, jobDuration } = processMetrics();
        const parsed = job.payload.safeParse(payload);
        if (!parsed.success) {
          log.error({ job: job.name, issues: parsed.error.issues }, 'job dropped: invalid payload');
          jobRuns.inc({ job: job.name, outcome: 'dropped' });
          return;
        }
        const endTimer = jobDuration.startTimer({ job: job.name });
        try {
          await job.handler(parsed.data, { db: pool, log: log.child({ job: job.name }) });
          jobRuns.inc({ job: job.name, outcome: 'completed' });
        } catch (error) {
          // Rethrown: graphile-worker retries with backoff; the failure is counted per attempt.
          jobRuns.inc({ job: job.name, outcome: 'failed' });
          throw error;
        } finally {
          endTimer();
        }
      },
    ]),
  );
  const crontab = jobRegistry.flatMap((job) => (job.schedule ? [`${job.schedule} ${job.name}`] : [])).join('\n');
  let runner: Runner | undefined;
  // Stopping can start twice (a lost connection while shutting down); the second request is a no-op.
  let stopping: Promise<void> | undefined;
  const liveness = await startWorkerLiveness(pool, log, {
    onLost:
      options.onLivenessLost ??
      ((error) => {
        log.fatal({ err: error }, 'worker lost its liveness connection; it stops taking jobs so others can safely re-run them');
        void runner?.stop().catch((stopError: unknown) => log.error({ err: stopError }, 'stopping the worker failed'));
      }),
  });
  const events: WorkerEvents = new EventEmitter();
  events.on('worker:create', ({ worker }) => liveness.register(worker.workerId));
  runner = await run({
    events,
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
  await liveness.sweep();
  const stopRunner = runner.stop.bind(runner);
  runner.stop = (...args: Parameters<Runner['stop']>) => {
    stopping ??= (async () => {
      await stopRunner(...args);
      await liveness.stop();
    })();
    return stopping;
  };
  return runner;
}
