// Real `openvoc serve` and `openvoc worker` child processes against one external PostgreSQL, as a
// scaled-out deployment runs them, for the scale-out and crash-safety tests.
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import type pg from 'pg';
import { systemActor } from '../../src/domain/actor.ts';
import { createAlertRule } from '../../src/domain/alerts/save-alert-rule.ts';
import { createApiKey } from '../../src/domain/auth/create-api-key.ts';
import { createOrganisation } from '../../src/domain/orgs/create-organisation.ts';
import { startCli } from './run-cli.ts';

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  output(): string;
}

export interface WorkerProcess {
  child: ChildProcess;
  /** Where the worker serves GET /metrics (WORKER_METRICS_PORT). */
  metricsUrl: string;
  output(): string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startServer(databaseUrl: string, port?: number): Promise<ServerProcess> {
  const chosen = port ?? (await freePort());
  const env = { DATABASE_URL: databaseUrl, PORT: String(chosen), HOST: '127.0.0.1', OPENVOC_DEMO: 'no', DB_POOL_SIZE: '5' };
  const { child, output } = await startCli(['serve'], env, /OpenVoC is running/, 60_000);
  return { child, base: `http://127.0.0.1:${chosen}`, output };
}

/** Logs at debug level so graphile-worker's "Completed task <id> (<name>, …)" lines can be counted. */
export async function startWorker(databaseUrl: string): Promise<WorkerProcess> {
  const port = await freePort();
  const env = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'debug', WORKER_CONCURRENCY: '4', DB_POOL_SIZE: '6', WORKER_METRICS_PORT: String(port), HOST: '127.0.0.1' };
  const { child, output } = await startCli(['worker'], env, /job worker started/, 60_000);
  return { child, output, metricsUrl: `http://127.0.0.1:${port}/metrics` };
}

/** One counter sample from a Prometheus text page, 0 when absent. */
export function counterValue(text: string, name: string, labels: Record<string, string>): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

/** Ids of the tasks of one job name this worker completed, from its log. */
export function completedTaskIds(worker: WorkerProcess, task: string): string[] {
  const pattern = new RegExp(`Completed task (\\d+) \\(${task.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`, 'g');
  return [...worker.output().matchAll(pattern)].map((match) => match[1]!);
}

export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** SIGTERM (a clean shutdown), unless the process has already exited. */
export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * An organisation whose every ingested item raises one alert (a rule without de-duplication), so each
 * inserted batch enqueues exactly one real alert-evaluation job whose effects can be counted.
 */
export async function createOrgAlertingOnEveryItem(pool: pg.Pool, name: string): Promise<{ orgId: string; apiKey: string }> {
  const slug = name.toLowerCase();
  const { org } = await createOrganisation(pool, { name, owner: { email: `owner@${slug}.example`, name: 'Owner', password: 'correct horse battery' } });
  const apiKey = (await createApiKey(pool, systemActor(org.id), { name: slug })).key;
  await createAlertRule(pool, systemActor(org.id), {
    name: 'every item',
    kind: 'item',
    dedup_minutes: 0,
    max_per_hour: 100_000,
    condition: { match: 'all', conditions: [{ field: 'channel', operator: 'exists' }] },
  });
  return { orgId: org.id, apiKey };
}
