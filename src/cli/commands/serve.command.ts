// `openvoc start` (HTTP server + worker in one process, what `npm start` runs), `openvoc serve`
// (HTTP only) and `openvoc worker` (jobs only): the same code, deployed together or apart.
import type { Command } from 'commander';
import { config } from '../../config.ts';
import { logger } from '../../logger.ts';
import { buildApp } from '../../http/app.ts';
import { startMetricsServer } from '../../http/metrics-server.ts';
import { startWorker } from '../../jobs/start-worker.ts';
import { openDatabase, type OpenDatabase } from '../database.ts';
import { prepareFirstRun } from '../first-run.ts';

type Part = 'http' | 'worker';

export function registerServeCommands(program: Command): void {
  program
    .command('start')
    .description('run everything in one process: embedded PostgreSQL (unless DATABASE_URL is set), HTTP server, dashboard and worker')
    .action(() => run(['http', 'worker'], { firstRun: true }));
  program
    .command('serve')
    .description('run the HTTP API and dashboard (scale out: run several behind a load balancer)')
    .option('--with-worker', 'also run the job worker in this process')
    .action((options: { withWorker?: boolean }) => run(options.withWorker ? ['http', 'worker'] : ['http'], { firstRun: false }));
  program
    .command('worker')
    .description('run the background job worker (scale out: run several against one database)')
    .action(() => run(['worker'], { firstRun: false }));
}

async function run(parts: Part[], options: { firstRun: boolean }): Promise<void> {
  const cfg = config();
  const log = logger();
  const database = await openDatabase(cfg, log);
  const stops: Array<() => Promise<void>> = [];
  const shutdown = onceShutdown(log, database, stops);
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  const welcome = options.firstRun ? await prepareFirstRun(database.pool, cfg) : undefined;
  if (parts.includes('worker')) {
    const runner = await startWorker(database.pool, log.child({ part: 'worker' }), { concurrency: cfg.workerConcurrency });
    stops.push(() => runner.stop());
    if (!parts.includes('http') && cfg.workerMetricsPort !== undefined) {
      const metrics = await startMetricsServer({ port: cfg.workerMetricsPort, host: cfg.host, token: cfg.metricsToken, log });
      stops.unshift(() => metrics.close());
    }
    log.info('job worker started');
  }
  if (parts.includes('http')) {
    const app = await buildApp({ db: database.pool, config: cfg, log, dbKind: database.kind });
    await app.listen({ port: cfg.port, host: cfg.host });
    stops.unshift(() => app.close());
    const shownHost = cfg.host === '0.0.0.0' || cfg.host === '127.0.0.1' ? 'localhost' : cfg.host;
    console.log(`\n  OpenVoC is running: http://${shownHost}:${cfg.port}\n  API docs:          http://${shownHost}:${cfg.port}/api/docs\n`);
  }
  if (welcome) console.log(welcome);
}

function onceShutdown(log: ReturnType<typeof logger>, database: OpenDatabase, stops: Array<() => Promise<void>>) {
  let stopping = false;
  return async () => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down');
    for (const stop of stops) await stop().catch((error: unknown) => log.error({ err: error }, 'error while stopping'));
    await database.close();
    process.exit(0);
  };
}
