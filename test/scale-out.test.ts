// Scale-out: 2 `openvoc serve` and 2 `openvoc worker` processes against one PostgreSQL. Items are
// ingested through both servers at once; each inserting transaction enqueues one real alert-evaluation job
// (the feedback trigger's transactional outbox), and an item rule with no de-duplication raises one
// alert per evaluated item. So every job ran exactly once if and only if: every item has exactly one
// alert, the workers' logs complete exactly one run per enqueued job (no id twice), and no job is left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completedTaskIds, counterValue, createOrgAlertingOnEveryItem, startServer, startWorker, stopProcess, type ServerProcess, type WorkerProcess } from './support/openvoc-processes.ts';
import { createTestDatabase } from './support/test-database.ts';

const BATCHES = 30;
const BATCH_SIZE = 20;
const SINGLES = 60;
const TASK = 'alerts:evaluate_items';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let servers: ServerProcess[] = [];
let workers: WorkerProcess[] = [];
let apiKey: string;
let orgId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ orgId, apiKey } = await createOrgAlertingOnEveryItem(database.pool, 'Scale'));
  [servers, workers] = await Promise.all([
    Promise.all([startServer(database.url), startServer(database.url)]),
    Promise.all([startWorker(database.url), startWorker(database.url)]),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all([...servers, ...workers].map((process) => stopProcess(process.child)));
  await database?.drop();
});

const item = (id: string) => ({ source: 'ticket', channel: 'app', external_id: id, text: id.endsWith('0') ? '退款一直没到账 refund still missing' : 'Great service, 很满意', nps: Number(id.slice(-1)) });

async function post(server: ServerProcess, path: string, body: unknown): Promise<number> {
  const response = await fetch(`${server.base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await response.arrayBuffer();
  return response.status;
}

describe('2 servers and 2 workers on one PostgreSQL', () => {
  it('stores every item once and runs every job exactly once', async () => {
    const batchStatuses = Array.from({ length: BATCHES }, (_, b) =>
      post(servers[b % 2]!, '/api/v1/feedback/batch', { items: Array.from({ length: BATCH_SIZE }, (_, i) => item(`b${b}-${i}`)) }),
    );
    const singleStatuses = Array.from({ length: SINGLES }, (_, s) => post(servers[s % 2]!, '/api/v1/feedback', item(`s${s}`)));
    expect(new Set(await Promise.all(batchStatuses))).toEqual(new Set([200]));
    expect(new Set(await Promise.all(singleStatuses))).toEqual(new Set([201]));
    const itemCount = BATCHES * BATCH_SIZE + SINGLES;
    // One job per inserting transaction: each batch is one, and single items arriving together share one
    // (single-item-groups.ts). The rows' xmin names the transaction that inserted them (nothing updates them here).
    const transactions = await database.pool.query(`SELECT count(DISTINCT xmin::text)::int AS n FROM feedback WHERE org_id = $1`, [orgId]);
    const jobCount = transactions.rows[0].n as number;
    expect(jobCount).toBeGreaterThanOrEqual(BATCHES + 1);
    expect(jobCount).toBeLessThanOrEqual(BATCHES + SINGLES);

    // Every job done: none queued, running or failed.
    await expect
      .poll(async () => Number((await database.pool.query(`SELECT count(*) FROM graphile_worker.jobs WHERE task_identifier = $1`, [TASK])).rows[0].count), { timeout: 60_000, interval: 250 })
      .toBe(0);

    const feedback = await database.pool.query(`SELECT count(*)::int AS n, count(DISTINCT (source, external_id))::int AS distinct_ids FROM feedback WHERE org_id = $1`, [orgId]);
    expect(feedback.rows[0]).toEqual({ n: itemCount, distinct_ids: itemCount });
    const alerts = await database.pool.query(
      `SELECT count(*)::int AS n, count(DISTINCT feedback_ids[1])::int AS distinct_items, max(count)::int AS max_count FROM alerts WHERE org_id = $1`,
      [orgId],
    );
    // One alert per item: an evaluation job run twice would have raised a second alert for each of its items.
    expect(alerts.rows[0]).toEqual({ n: itemCount, distinct_items: itemCount, max_count: 1 });

    const completed = workers.map((worker) => completedTaskIds(worker, TASK));
    const all = completed.flat();
    expect(all).toHaveLength(jobCount);
    expect(new Set(all).size).toBe(jobCount);
    // The workers' own /metrics agree: as many completed runs as jobs, none failed.
    const scraped = await Promise.all(workers.map(async (worker) => (await fetch(worker.metricsUrl)).text()));
    const runs = (outcome: string) => scraped.map((text) => counterValue(text, 'openvoc_job_runs_total', { job: TASK, outcome }));
    expect(runs('completed').reduce((a, b) => a + b, 0)).toBe(jobCount);
    expect(runs('failed')).toEqual([0, 0]);
    expect(runs('completed')).toEqual(completed.map((ids) => ids.length));
    // Both workers took part (with ${jobCount} jobs racing on LISTEN/NOTIFY, one idle worker means it is not taking jobs).
    for (const ids of completed) expect(ids.length).toBeGreaterThan(0);
  }, 120_000);

  it('both servers report the shared external database as healthy', async () => {
    const counts = await Promise.all(
      servers.map(async (server) => {
        const response = await fetch(`${server.base}/api/health`);
        return (await response.json()) as { status: string; db: string };
      }),
    );
    expect(counts).toEqual([
      { status: 'ok', db: 'external' },
      { status: 'ok', db: 'external' },
    ]);
  });
});
