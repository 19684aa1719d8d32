// What each part of the schema costs the database when feedback is stored: the ingest use case called
// in-process (no HTTP, items validated and analysed beforehand, so only storing is timed) on a fresh
// embedded PostgreSQL per variant, each variant with one part removed — the full-text index, the
// themes index, the rollup trigger, the secondary B-tree indexes, the foreign keys. Reports items/s
// and PostgreSQL's CPU per item for every round. Prints ONE JSON object on stdout.
//
//   npx tsx bench/ingest-parts.ts                              every variant, 3 rounds of 20,000 items
//   npx tsx bench/ingest-parts.ts --rounds 2 --items 10000 --concurrency 1 --variants full,no_rollups
//
// On a shared machine the same variant moves by ±5 % between runs: compare variants run together,
// and run the list twice when a difference is small.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmbeddedPostgres } from '../src/db/embedded.ts';
import { migrate } from '../src/db/migrate.ts';
import { createPool } from '../src/db/pool.ts';
import { systemActor } from '../src/domain/actor.ts';
import { prepareFeedbackItems, storePreparedFeedback, type PreparedItem } from '../src/domain/feedback/ingest-feedback-batch.ts';
import { createBenchOrg, generateItems } from './lib/bench-org.ts';
import { postgresCpuMs, postmasterPidOf } from './lib/cpu-usage.ts';
import { chunk, inLanes } from './lib/lanes.ts';
import { arg, round } from './lib/openvoc-child.ts';

const ITEMS = arg('items', 20_000);
const ROUNDS = arg('rounds', 3);
const CONCURRENCY = arg('concurrency', 4);
const BATCH_SIZE = 500;

/** Each variant: the statements that remove its part after migration. */
const VARIANTS: Record<string, string[]> = {
  full: [],
  no_search_index: ['DROP INDEX feedback_search_idx'],
  no_themes_index: ['DROP INDEX feedback_themes_idx'],
  no_rollups: ['DROP TRIGGER feedback_metrics_insert ON feedback'],
  no_secondary_btree_indexes: [
    'feedback_org_channel_time_idx',
    'feedback_org_touchpoint_time_idx',
    'feedback_org_breakpoint_time_idx',
    'feedback_org_breakpoint_to_time_idx',
    'feedback_org_segment_time_idx',
    'feedback_org_channel_sentiment_time_idx',
  ].map((index) => `DROP INDEX ${index}`),
  no_foreign_keys: ['feedback_customer_fkey', 'feedback_org_id_fkey', 'feedback_org_id_channel_fkey', 'feedback_org_id_touchpoint_id_fkey'].map(
    (constraint) => `ALTER TABLE feedback DROP CONSTRAINT ${constraint}`,
  ),
};

const log = (message: string) => void process.stderr.write(`${message}\n`);

async function main(): Promise<void> {
  const names = variantNames();
  const results: Record<string, Array<{ items_per_second: number; postgres_cpu_ms_per_item: number }>> = {};
  for (const name of names) {
    log(`${name}: ${ROUNDS} rounds of ${ITEMS} items, concurrency ${CONCURRENCY}…`);
    results[name] = await measureVariant(VARIANTS[name]!);
  }
  process.stdout.write(
    `${JSON.stringify(
      {
        machine: { cpus: os.cpus().length, load_average_at_end: os.loadavg().map((value) => round(value, 2)), node: process.version },
        options: { items_per_round: ITEMS, rounds: ROUNDS, concurrency: CONCURRENCY, batch_size: BATCH_SIZE },
        variants: Object.fromEntries(
          Object.entries(results).map(([name, rounds]) => [
            name,
            { rounds, mean_postgres_cpu_ms_per_item: round(rounds.reduce((sum, r) => sum + r.postgres_cpu_ms_per_item, 0) / rounds.length, 4) },
          ]),
        ),
      },
      null,
      2,
    )}\n`,
  );
}

function variantNames(): string[] {
  const index = process.argv.indexOf('--variants');
  const names = index > 0 ? String(process.argv[index + 1]).split(',') : Object.keys(VARIANTS);
  const unknown = names.filter((name) => !(name in VARIANTS));
  if (unknown.length > 0) throw new Error(`--variants: unknown ${unknown.join(', ')}; known: ${Object.keys(VARIANTS).join(', ')}`);
  return names;
}

/** A fresh cluster with the demo organisation, the part removed, then ROUNDS rounds of new items. */
async function measureVariant(removal: string[]): Promise<Array<{ items_per_second: number; postgres_cpu_ms_per_item: number }>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'openvoc-bench-parts-'));
  const embedded = await startEmbeddedPostgres(dir);
  const pool = createPool(embedded.connectionString, CONCURRENCY + 2);
  try {
    await migrate(pool);
    const org = await createBenchOrg(pool);
    const actor = systemActor(org.orgId);
    for (const statement of removal) await pool.query(statement);
    const postmaster = postmasterPidOf(dir);
    if (postmaster === undefined) throw new Error('embedded PostgreSQL: postmaster not found');
    const rounds = [];
    for (let roundNumber = 0; roundNumber < ROUNDS; roundNumber++) {
      const items = await generateItems(pool, org.orgId, ITEMS, `parts-${roundNumber}`, 100 + roundNumber);
      // Validation and text analysis happen before the clock starts: only storing is measured.
      const batches: PreparedItem[][] = [];
      for (const part of chunk(items, BATCH_SIZE)) batches.push(await prepareFeedbackItems(pool, actor, part, ['items'], { freshReferences: false }));
      const cpuBefore = postgresCpuMs(postmaster);
      const started = performance.now();
      await inLanes(batches, CONCURRENCY, async (batch) => void (await storePreparedFeedback(pool, actor, batch)));
      const seconds = (performance.now() - started) / 1000;
      rounds.push({ items_per_second: Math.round(ITEMS / seconds), postgres_cpu_ms_per_item: round((postgresCpuMs(postmaster) - cpuBefore) / ITEMS, 4) });
    }
    return rounds;
  } finally {
    await pool.end();
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
