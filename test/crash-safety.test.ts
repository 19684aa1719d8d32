// Crash safety: the server and the worker are killed with SIGKILL in the middle of a large ingest and
// a job backlog, then restarted. Every batch that was acknowledged (200) is stored, exactly once; every
// batch is all-or-nothing; re-sending everything duplicates nothing; and every job completes, including
// the one the killed worker was holding (freed by worker liveness instead of graphile-worker's 4 hours).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgAlertingOnEveryItem, killHard, startServer, startWorker, stopProcess, type ServerProcess, type WorkerProcess } from './support/openvoc-processes.ts';
import { createTestDatabase } from './support/test-database.ts';

const BATCHES = 80;
const BATCH_SIZE = 50;
const CONCURRENCY = 4;
const TASK = 'alerts:evaluate_items';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let apiKey: string;
let orgId: string;
const running: Array<ServerProcess | WorkerProcess> = [];

beforeAll(async () => {
  database = await createTestDatabase();
  ({ orgId, apiKey } = await createOrgAlertingOnEveryItem(database.pool, 'Crash'));
}, 60_000);

afterAll(async () => {
  await Promise.all(running.map((process) => stopProcess(process.child)));
  await database?.drop();
});

const batch = (b: number) => ({
  items: Array.from({ length: BATCH_SIZE }, (_, i) => ({ source: 'chat', channel: 'app', external_id: `c${b}-${i}`, text: i % 2 ? '客服回复太慢了 support is slow' : 'Love the new app 新版本很好用', nps: i % 11 })),
});

async function send(server: ServerProcess, b: number): Promise<{ status: number; body?: { created: number; duplicates: number } }> {
  try {
    const response = await fetch(`${server.base}/api/v1/feedback/batch`, { method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify(batch(b)) });
    return { status: response.status, body: response.ok ? ((await response.json()) as { created: number; duplicates: number }) : undefined };
  } catch {
    return { status: 0 }; // connection refused or reset: not acknowledged
  }
}

async function storedPerBatch(): Promise<Map<number, number>> {
  const { rows } = await database.pool.query<{ b: number; n: number }>(
    `SELECT split_part(substr(external_id, 2), '-', 1)::int AS b, count(*)::int AS n FROM feedback WHERE org_id = $1 GROUP BY 1`,
    [orgId],
  );
  return new Map(rows.map((row) => [row.b, row.n]));
}

const lockedJobs = async () => Number((await database.pool.query(`SELECT count(*) FROM graphile_worker.jobs WHERE locked_by IS NOT NULL`)).rows[0].count);

describe('SIGKILL of server and worker during ingest and a job backlog', () => {
  it('loses and duplicates no acknowledged item, and completes every job', async () => {
    const server = await startServer(database.url);
    const worker = await startWorker(database.url);
    running.push(server, worker);

    // Ingest with a few concurrent senders; the worker is killed while it holds a job, the server mid-way.
    const acknowledged = new Set<number>();
    let next = 0;
    let workerKilled = false;
    let heldAtKill = 0;
    const sender = async () => {
      while (next < BATCHES) {
        const b = next++;
        if (b === BATCHES / 2) await killHard(server.child);
        if ((await send(server, b)).status === 200) acknowledged.add(b);
      }
    };
    const killWorker = async () => {
      await expect.poll(lockedJobs, { timeout: 30_000, interval: 5 }).toBeGreaterThan(0);
      await killHard(worker.child);
      workerKilled = true;
      heldAtKill = await lockedJobs();
    };
    await Promise.all([...Array.from({ length: CONCURRENCY }, sender), killWorker()]);
    expect(workerKilled).toBe(true);
    expect(heldAtKill).toBeGreaterThan(0);
    expect(acknowledged.size).toBeGreaterThan(0);
    expect(acknowledged.size).toBeLessThan(BATCHES);

    // After the crash: acknowledged batches stored whole, exactly once; others all or nothing.
    const afterCrash = await storedPerBatch();
    for (const b of acknowledged) expect(afterCrash.get(b), `batch ${b}`).toBe(BATCH_SIZE);
    for (const [b, n] of afterCrash) expect([0, BATCH_SIZE], `batch ${b}`).toContain(n);

    // Restart both and re-send everything: stored batches come back as duplicates, nothing twice.
    const [server2, worker2] = await Promise.all([startServer(database.url), startWorker(database.url)]);
    running.push(server2, worker2);
    for (let b = 0; b < BATCHES; b++) {
      const { status, body } = await send(server2, b);
      expect(status).toBe(200);
      expect(body!.created + body!.duplicates).toBe(BATCH_SIZE);
      if (acknowledged.has(b)) expect(body!.duplicates, `batch ${b}`).toBe(BATCH_SIZE);
    }
    const final = await database.pool.query(`SELECT count(*)::int AS n, count(DISTINCT external_id)::int AS distinct_ids FROM feedback WHERE org_id = $1`, [orgId]);
    expect(final.rows[0]).toEqual({ n: BATCHES * BATCH_SIZE, distinct_ids: BATCHES * BATCH_SIZE });

    // Every job completes, including the one held by the killed worker.
    await expect
      .poll(async () => Number((await database.pool.query(`SELECT count(*) FROM graphile_worker.jobs WHERE task_identifier = $1`, [TASK])).rows[0].count), { timeout: 90_000, interval: 500 })
      .toBe(0);
    expect(worker2.output()).toContain('freed jobs held by workers that died');
    // Every item was evaluated by a completed job: each has its alert.
    const unevaluated = await database.pool.query(
      `SELECT count(*)::int AS n FROM feedback f WHERE f.org_id = $1 AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.org_id = f.org_id AND a.feedback_ids[1] = f.id)`,
      [orgId],
    );
    expect(unevaluated.rows[0].n).toBe(0);
  }, 240_000);
});
