// Ingest benchmark: realistic mixed zh/en items (the demo generator: identifiers, ratings, metadata,
// touchpoints) through the HTTP API of a real `openvoc serve` child process, with an `openvoc worker`
// running the jobs the inserts enqueue; full pipeline (validation, text analysis, identity fusion,
// rollup triggers, alert-evaluation jobs). Batch mode (POST /feedback/batch) and single mode
// (POST /feedback) under concurrency, then the raw ceiling: the same stored rows inserted straight
// into PostgreSQL (multi-row INSERT, same indexes, no application). Prints ONE JSON object on stdout.
//
//   npx tsx bench/ingest.ts                                  200,000 items
//   npx tsx bench/ingest.ts --items 20000 --concurrency 4 --batch-size 500 --singles 10000 --single-concurrency 32,256
//   npx tsx bench/ingest.ts --profile-sql                    adds the database's slowest statements per mode
//
// Single mode runs once per concurrency level (default 32 and 256 requests in flight), each with its
// own SINGLES new items: how many clients send at once decides how many items share a transaction
// (group commit), so throughput and latency are reported for each.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded.ts';
import { migrate } from '../src/db/migrate.ts';
import { createPool } from '../src/db/pool.ts';
import { createBenchOrg, generateItems } from './lib/bench-org.ts';
import { cpuMeter, cpuPerItem, postmasterPidOf, processCpuMs } from './lib/cpu-usage.ts';
import { chunk, inLanes } from './lib/lanes.ts';
import { postJson, type Posted } from './lib/post-json.ts';
import { resetStatementProfile, restartWithStatementProfile, topStatements } from './lib/statement-profile.ts';
import { arg, freePort, percentile, round, startOpenvoc, stopOpenvoc } from './lib/openvoc-child.ts';

const ITEMS = arg('items', 200_000);
const CONCURRENCY = arg('concurrency', 4);
const BATCH_SIZE = arg('batch-size', 500);
const SINGLES = arg('singles', Math.min(50_000, Math.ceil(ITEMS / 4)));
const SINGLE_CONCURRENCIES = listArg('single-concurrency', [32, 256]);
// pg_stat_statements costs a little CPU itself, so the figures of a profiled run are not the ones to report.
const PROFILE_SQL = process.argv.includes('--profile-sql');
const log = (message: string) => void process.stderr.write(`${message}\n`);

interface ModeResult {
  items: number;
  requests: number;
  seconds: number;
  items_per_second: number;
  requests_per_second: number;
  latency_ms: { p50: number; p99: number; max: number };
  non_2xx: number;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'openvoc-bench-ingest-'));
  let embedded = await startEmbeddedPostgres(dir);
  let pool = createPool(embedded.connectionString, 10);
  const children = [];
  try {
    await migrate(pool);
    if (PROFILE_SQL) ({ embedded, pool } = await restartWithStatementProfile(dir, embedded, pool));
    const org = await createBenchOrg(pool);
    log(`generating ${ITEMS} + ${SINGLE_CONCURRENCIES.length} × ${SINGLES} items…`);
    const batchItems = await generateItems(pool, org.orgId, ITEMS, 'batch', 11);
    const singleItemSets = [];
    for (const [level, concurrency] of SINGLE_CONCURRENCIES.entries()) singleItemSets.push(await generateItems(pool, org.orgId, SINGLES, `single-c${concurrency}`, 12 + level));

    const port = await freePort();
    const env = { DATABASE_URL: embedded.connectionString, PORT: String(port), LOG_LEVEL: 'warn', RATE_LIMIT_INGEST_PER_MINUTE: '100000000', DB_POOL_SIZE: '20' };
    const server = await startOpenvoc(['serve'], env, /OpenVoC is running/);
    children.push(server);
    const worker = await startOpenvoc(['worker'], { ...env, LOG_LEVEL: 'info' }, /job worker started/);
    children.push(worker);
    // CPU per item (server, worker, PostgreSQL), counted until the jobs the phase enqueued are done.
    const readCpu = cpuMeter({ server: server.pid!, worker: worker.pid! }, postmasterPidOf(dir));
    const base = `http://127.0.0.1:${port}`;
    const headers = { authorization: `Bearer ${org.apiKey}`, 'content-type': 'application/json' };

    log(`batch mode: ${ITEMS} items in batches of ${BATCH_SIZE}, concurrency ${CONCURRENCY}…`);
    const batches = chunk(batchItems, BATCH_SIZE).map((items) => JSON.stringify({ items }));
    if (PROFILE_SQL) await resetStatementProfile(pool);
    const cpuBeforeBatch = readCpu();
    const clientCpuBeforeBatch = processCpuMs(process.pid);
    const batch = await drive(batches, CONCURRENCY, (body) => postJson(`${base}/api/v1/feedback/batch`, headers, body), batchItems.length);
    const batchClientCpu = round((processCpuMs(process.pid) - clientCpuBeforeBatch) / batchItems.length, 3);
    const drainStart = performance.now();
    await waitForJobs(pool);
    const jobsDrainedAfterBatchSeconds = (performance.now() - drainStart) / 1000;
    const batchCpu = cpuPerItem(cpuBeforeBatch, readCpu(), batchItems.length);
    const batchStatements = PROFILE_SQL ? await topStatements(pool, batchItems.length) : undefined;

    const single = [];
    for (const [level, concurrency] of SINGLE_CONCURRENCIES.entries()) {
      log(`single mode: ${SINGLES} requests, concurrency ${concurrency}…`);
      const singles = singleItemSets[level]!.map((item) => JSON.stringify(item));
      if (PROFILE_SQL) await resetStatementProfile(pool);
      const cpuBefore = readCpu();
      const clientCpuBefore = processCpuMs(process.pid);
      const result = await drive(singles, concurrency, (body) => postJson(`${base}/api/v1/feedback`, headers, body), singles.length);
      const clientCpu = round((processCpuMs(process.pid) - clientCpuBefore) / singles.length, 3);
      await waitForJobs(pool);
      const cpu = cpuPerItem(cpuBefore, readCpu(), singles.length);
      const statements = PROFILE_SQL ? { statements: await topStatements(pool, singles.length) } : {};
      single.push({ concurrency, ...result, cpu_ms_per_item: cpu, bench_client_cpu_ms_per_item: clientCpu, ...statements });
    }

    log('raw ceiling: the same rows straight into PostgreSQL…');
    const raw = await rawCeiling(pool, org.orgId, ITEMS);
    const stored = Number((await pool.query(`SELECT count(*) FROM feedback WHERE org_id = $1 AND (external_id LIKE 'batch-%' OR external_id LIKE 'single-%')`, [org.orgId])).rows[0].count);

    process.stdout.write(
      `${JSON.stringify(
        {
          machine: { cpus: os.cpus().length, load_average_at_end: os.loadavg().map((value) => round(value, 2)), node: process.version },
          options: { items: ITEMS, batch_size: BATCH_SIZE, concurrency: CONCURRENCY, singles: SINGLES, single_concurrency: SINGLE_CONCURRENCIES, profile_sql: PROFILE_SQL },
          stored_items: stored,
          batch: { ...batch, cpu_ms_per_item: batchCpu, bench_client_cpu_ms_per_item: batchClientCpu, ...(batchStatements ? { statements: batchStatements } : {}) },
          single,
          jobs_drained_seconds_after_batch_mode: round(jobsDrainedAfterBatchSeconds, 2),
          raw_ceiling: raw,
          batch_ratio_to_raw_ceiling: round(batch.items_per_second / raw.items_per_second, 3),
          targets: { batch_items_per_second: 5000, single_requests_per_second: 1500 },
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    for (const child of children.reverse()) await stopOpenvoc(child);
    await pool.end();
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

function listArg(name: string, fallback: number[]): number[] {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const values = String(process.argv[index + 1]).split(',').map(Number);
  if (values.some((value) => !Number.isInteger(value) || value < 1)) throw new Error(`--${name}: a comma-separated list of whole numbers ≥ 1`);
  return values;
}

/** Sends every body with `concurrency` requests in flight; times each request. */
async function drive(bodies: string[], concurrency: number, send: (body: string) => Promise<Posted>, items: number): Promise<ModeResult> {
  const latencies: number[] = [];
  let nonOk = 0;
  const start = performance.now();
  await inLanes(bodies, concurrency, async (body) => {
    const sent = performance.now();
    const response = await send(body);
    latencies.push(performance.now() - sent);
    if (response.status < 200 || response.status > 299) nonOk++;
  });
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    items,
    requests: bodies.length,
    seconds: round(seconds, 2),
    items_per_second: Math.round(items / seconds),
    requests_per_second: Math.round(bodies.length / seconds),
    latency_ms: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), max: round(latencies.at(-1) ?? 0) },
    non_2xx: nonOk,
  };
}

async function waitForJobs(pool: pg.Pool): Promise<void> {
  for (;;) {
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'alerts:evaluate_items'`);
    if (rows[0].n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The stored batch-mode rows, re-inserted with multi-row INSERTs into a copy of the table (same indexes, no triggers). */
async function rawCeiling(pool: pg.Pool, orgId: string, items: number): Promise<{ items: number; seconds: number; items_per_second: number }> {
  await pool.query('CREATE TABLE bench_raw_feedback (LIKE feedback INCLUDING ALL)');
  const columns = (
    await pool.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'feedback' AND is_generated = 'NEVER' ORDER BY ordinal_position`)
  ).rows.map((row) => `"${row.column_name}"`);
  const rows = (await pool.query(`SELECT ${columns.join(', ')} FROM feedback WHERE org_id = $1 AND external_id LIKE 'batch-%'`, [orgId])).rows;
  const chunks = chunk(rows, BATCH_SIZE).map((part) => JSON.stringify(part));
  const start = performance.now();
  await inLanes(chunks, CONCURRENCY, async (json) => {
    await pool.query(`INSERT INTO bench_raw_feedback (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM json_populate_recordset(NULL::bench_raw_feedback, $1::json)`, [json]);
  });
  const seconds = (performance.now() - start) / 1000;
  return { items: Math.min(items, rows.length), seconds: round(seconds, 2), items_per_second: Math.round(rows.length / seconds) };
}

await main();
