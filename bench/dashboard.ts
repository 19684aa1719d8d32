// Dashboard benchmark: loads N feedback items (default 1,000,000) over 12 months, 20 touchpoints
// and 8 channels into a fresh embedded PostgreSQL, then times every dashboard API call (through
// the real HTTP app) and, in the same run, the same headline numbers computed straight from the
// raw table. Also measures what the rollup triggers add to ingestion. Prints ONE JSON object on
// stdout; progress goes to stderr.
//
//   npx tsx bench/dashboard.ts                 1,000,000 items
//   npx tsx bench/dashboard.ts --items 100000  a smaller run
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import type pg from 'pg';
import { parseConfig } from '../src/config.ts';
import { startEmbeddedPostgres } from '../src/db/embedded.ts';
import { migrate } from '../src/db/migrate.ts';
import { createPool } from '../src/db/pool.ts';
import { createOrganisation } from '../src/domain/orgs/create-organisation.ts';
import { buildApp } from '../src/http/app.ts';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const ITEMS = arg('items', 1_000_000);
const RUNS = arg('runs', 20);
const CHUNK = 50_000;
const CHANNELS = ['website', 'app', 'mini_program', 'store', 'call_centre', 'wechat', 'alipay', 'email'];
const THEMES = ['delivery', 'price', 'staff', 'queue', 'refund', 'app_crash', 'checkout', 'quality', 'stock', 'login', 'billing', 'returns', 'warranty', 'membership', 'cleanliness'];
const SEGMENTS = ['vip', 'regular', 'new'];
const log = (message: string) => void process.stderr.write(`${message}\n`);
const PASSWORD = 'bench password 123';

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'openvoc-bench-'));
  const embedded = await startEmbeddedPostgres(dir);
  const pool = createPool(embedded.connectionString, 10);
  try {
    await migrate(pool);
    const { org } = await createOrganisation(pool, { name: 'Bench', owner: { email: 'bench@example.com', name: 'Bench', password: PASSWORD } });
    const touchpoints = await createModel(pool, org.id);
    const overhead = await measureIngestOverhead(pool, org.id, touchpoints);
    log(`loading ${ITEMS} items…`);
    const loadStart = performance.now();
    for (let start = 0; start < ITEMS; start += CHUNK) {
      await insertGenerated(pool, org.id, touchpoints, Math.min(CHUNK, ITEMS - start), start);
      if ((start / CHUNK) % 4 === 0) log(`  ${start + CHUNK} (${((performance.now() - loadStart) / 1000).toFixed(0)} s)`);
    }
    const loadSeconds = (performance.now() - loadStart) / 1000;
    await pool.query('VACUUM ANALYZE');
    const sizes = (await pool.query(`SELECT (SELECT count(*) FROM metrics_daily)::int AS daily, (SELECT count(*) FROM metrics_theme_daily)::int AS theme,
                                            (SELECT count(*) FROM metrics_breakpoint_daily)::int AS breakpoint`)).rows[0];
    const calls = await timeDashboard(pool, embedded.connectionString, org.id, touchpoints);
    process.stdout.write(`${JSON.stringify({ items: ITEMS, runs_per_call: RUNS, load_seconds: round(loadSeconds), ingest_overhead: overhead, rollup_rows: sizes, calls }, null, 2)}\n`);
  } finally {
    await pool.end();
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

const round = (value: number) => Math.round(value * 10) / 10;

async function createModel(pool: pg.Pool, orgId: string): Promise<string[]> {
  for (const key of CHANNELS) {
    await pool.query(`INSERT INTO channels (org_id, key, name_en, kind) VALUES ($1, $2, $2, 'digital') ON CONFLICT DO NOTHING`, [orgId, key]);
  }
  const ids: string[] = [];
  for (let j = 0; j < 2; j++) {
    const journey = (await pool.query(`INSERT INTO journeys (org_id, name_en) VALUES ($1, $2) RETURNING id`, [orgId, `Journey ${j + 1}`])).rows[0].id;
    for (let s = 0; s < 5; s++) {
      const stage = (await pool.query(`INSERT INTO stages (org_id, journey_id, name_en, position) VALUES ($1, $2, $3, $4) RETURNING id`, [orgId, journey, `Stage ${s + 1}`, s])).rows[0].id;
      for (let t = 0; t < 2; t++) {
        const channel = CHANNELS[(j * 10 + s * 2 + t) % CHANNELS.length];
        const tp = await pool.query(`INSERT INTO touchpoints (org_id, stage_id, name_en, channel_key, position) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [orgId, stage, `TP ${ids.length + 1}`, channel, t]);
        ids.push(tp.rows[0].id);
      }
    }
  }
  return ids;
}

/** N generated items in one INSERT … SELECT: 70% at a touchpoint (its channel), 30% direct on a channel. */
async function insertGenerated(db: pg.Pool | pg.PoolClient, orgId: string, touchpoints: string[], count: number, offset: number, days = 365): Promise<void> {
  await db.query(
    `WITH tp AS (SELECT row_number() OVER (ORDER BY id) - 1 AS i, id, channel_key FROM touchpoints WHERE org_id = $1),
          g AS (SELECT s, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5 FROM generate_series($2::int, $2::int + $3::int - 1) s)
     INSERT INTO feedback (org_id, source, channel, touchpoint_id, external_id, occurred_at, nps, csat, ces, text, lang,
                           sentiment_label, sentiment_score, themes, breakpoint_from, breakpoint_to, analysis_version, metadata)
     SELECT $1, 'survey', CASE WHEN g.r1 < 0.7 THEN tp.channel_key ELSE ($5::text[])[1 + (g.s % 8)] END,
            CASE WHEN g.r1 < 0.7 THEN tp.id END, 'b' || g.s,
            now() - (g.r2 * $7::int) * interval '1 day',
            CASE WHEN g.r3 < 0.6 THEN floor(g.r4 * 11)::int END,
            CASE WHEN g.r3 >= 0.4 THEN 1 + floor(g.r5 * 5)::int END,
            CASE WHEN g.r3 < 0.3 THEN 1 + floor(g.r2 * 7)::int END,
            CASE WHEN g.r4 < 0.5 THEN 'Checkout was slow and staff unhelpful' ELSE '门店服务很好，排队时间短' END,
            CASE WHEN g.r4 < 0.5 THEN 'en' ELSE 'zh' END,
            (ARRAY['positive', 'neutral', 'negative'])[1 + floor(g.r5 * 3)::int], g.r5 * 2 - 1,
            ARRAY[($6::text[])[1 + (g.s % 15)], ($6::text[])[1 + ((g.s / 15) % 15)]],
            CASE WHEN g.r1 > 0.95 THEN ($5::text[])[1 + (g.s % 8)] END, CASE WHEN g.r1 > 0.95 THEN ($5::text[])[1 + ((g.s + 3) % 8)] END,
            1, jsonb_build_object('segment', ($4::text[])[1 + (g.s % 3)])
       FROM g JOIN tp ON tp.i = g.s % 20`,
    [orgId, offset, count, SEGMENTS, CHANNELS, THEMES, days],
  );
}

/** Batches of 1,000 (the API's batch size) with and without the rollup trigger, rolled back after. */
async function measureIngestOverhead(pool: pg.Pool, orgId: string, touchpoints: string[]) {
  const client = await pool.connect();
  const time = async (withTriggers: boolean, days: number) => {
    await client.query('BEGIN');
    if (!withTriggers) await client.query('ALTER TABLE feedback DISABLE TRIGGER feedback_metrics_insert');
    const start = performance.now();
    for (let batch = 0; batch < 20; batch++) await insertGenerated(client, orgId, touchpoints, 1000, 10_000_000 + batch * 1000, days);
    const ms = performance.now() - start;
    await client.query('ROLLBACK');
    return ms / 20;
  };
  try {
    await time(true, 1); // warm-up
    const measure = async (days: number) => {
      const without = await time(false, days);
      const withTriggers = await time(true, days);
      return { ms_per_batch_without_triggers: round(without), ms_per_batch_with_triggers: round(withTriggers), overhead_percent: round((100 * (withTriggers - without)) / without) };
    };
    // Live ingestion: a batch is about the last day. Backfill: a batch spread over a year (worst case).
    return { batch_size: 1000, live_last_24h: await measure(1), backfill_spread_365_days: await measure(365) };
  } finally {
    client.release();
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
}

async function timeDashboard(pool: pg.Pool, url: string, orgId: string, touchpoints: string[]) {
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', OPENVOC_DATA_DIR: '/nonexistent', DATABASE_URL: url });
  const app = await buildApp({ db: pool, config, log: pino({ level: 'silent' }), dbKind: 'embedded' });
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'bench@example.com', password: PASSWORD } });
  const cookie = `openvoc_session=${login.cookies.find((c) => c.name === 'openvoc_session')!.value}`;
  const today = new Date().toISOString().slice(0, 10);
  const yearAgo = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
  const monthAgo = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
  const year = `from=${yearAgo}&to=${today}`;
  const month = `from=${monthAgo}&to=${today}`;
  const journey = (await pool.query(`SELECT id FROM journeys WHERE org_id = $1 ORDER BY created_at LIMIT 1`, [orgId])).rows[0].id;
  const endpoints: Record<string, string> = {
    overview_12_months: `/api/v1/metrics/overview?${year}&grain=month`,
    overview_30_days: `/api/v1/metrics/overview?${month}`,
    overview_12_months_channel_segment: `/api/v1/metrics/overview?${year}&grain=week&channel=app&segment=vip`,
    trend_theme_12_months: `/api/v1/metrics/trend?${year}&grain=week&theme=delivery`,
    breakdown_touchpoint_12_months: `/api/v1/metrics/breakdown?${year}&by=touchpoint`,
    breakdown_stage_12_months: `/api/v1/metrics/breakdown?${year}&by=stage`,
    journey_map_12_months: `/api/v1/metrics/journey-map?${year}&journey_id=${journey}`,
    channels_12_months: `/api/v1/metrics/channels?${year}`,
    themes_12_months: `/api/v1/metrics/themes?${year}`,
    themes_30_days_touchpoint: `/api/v1/metrics/themes?${month}&touchpoint_id=${touchpoints[0]}`,
    theme_verbatims_30_days: `/api/v1/metrics/themes/delivery/verbatims?${month}`,
    channel_descriptors_30_days: `/api/v1/metrics/channels/descriptors?${month}`,
    // The inbox search (full-text, tsvector), for a common Chinese word and a phrase with no match.
    inbox_search_zh: `/api/v1/feedback?q=${encodeURIComponent('排队')}&limit=50`,
    inbox_search_en_rare: `/api/v1/feedback?q=refund%20never%20arrived&limit=50`,
    // Dashboard click-throughs into the inbox: one breakpoint in the last 30 days, one segment.
    inbox_breakpoint_30_days: `/api/v1/feedback?${month}&breakpoint_from=app&breakpoint_to=call_centre&limit=50`,
    inbox_segment_30_days: `/api/v1/feedback?${month}&segment=vip&limit=50`,
  };
  const out: Record<string, unknown> = {};
  for (const [name, path] of Object.entries(endpoints)) {
    const times: number[] = [];
    for (let run = 0; run < RUNS + 2; run++) {
      const start = performance.now();
      const response = await app.inject({ method: 'GET', url: path, headers: { cookie } });
      if (response.statusCode !== 200) throw new Error(`${name}: ${response.statusCode} ${response.body}`);
      if (run >= 2) times.push(performance.now() - start);
    }
    out[name] = { p50_ms: percentile(times, 50), p95_ms: percentile(times, 95) };
    log(`${name}: ${JSON.stringify(out[name])}`);
  }
  out.raw_table = await timeRaw(pool, orgId, yearAgo, today, app, cookie);
  await app.close();
  return out;
}

/** The 12-month headline and the per-channel breakdown straight from `feedback`, checked against the API. */
async function timeRaw(pool: pg.Pool, orgId: string, from: string, to: string, app: Awaited<ReturnType<typeof buildApp>>, cookie: string) {
  const headlineSql = `SELECT count(*)::int AS volume, count(nps)::int AS nps_n,
      100.0 * (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6)) / nullif(count(nps), 0) AS nps,
      100.0 * count(*) FILTER (WHERE csat >= 4) / nullif(count(csat), 0) AS csat
    FROM feedback WHERE org_id = $1 AND occurred_at >= $2::date AND occurred_at < $3::date + 1`;
  const channelSql = `SELECT channel, count(*)::int AS volume FROM feedback WHERE org_id = $1 AND occurred_at >= $2::date AND occurred_at < $3::date + 1 GROUP BY channel`;
  const result: Record<string, unknown> = {};
  for (const [name, sql] of Object.entries({ overview_headline: headlineSql, breakdown_channel: channelSql })) {
    const times: number[] = [];
    for (let run = 0; run < Math.min(RUNS, 5) + 1; run++) {
      const start = performance.now();
      await pool.query(sql, [orgId, from, to]);
      if (run >= 1) times.push(performance.now() - start);
    }
    result[name] = { p50_ms: percentile(times, 50), p95_ms: percentile(times, 95) };
    log(`raw ${name}: ${JSON.stringify(result[name])}`);
  }
  const raw = (await pool.query(headlineSql, [orgId, from, to])).rows[0];
  const api = (await app.inject({ method: 'GET', url: `/api/v1/metrics/overview?from=${from}&to=${to}`, headers: { cookie } })).json();
  result.same_numbers = {
    api: { volume: api.metrics.volume, nps: api.metrics.nps.value, csat: api.metrics.csat.value },
    raw: { volume: raw.volume, nps: round2(Number(raw.nps)), csat: round2(Number(raw.csat)) },
    match: api.metrics.volume === raw.volume && api.metrics.nps.value === round2(Number(raw.nps)) && api.metrics.csat.value === round2(Number(raw.csat)),
  };
  return result;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

await main();
