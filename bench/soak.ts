// Soak benchmark: a steady ingest rate (default 500 items/s for 10 minutes) through a real
// `openvoc serve` child process with an `openvoc worker` running the jobs, sampling the server's
// resident memory (from /proc) and V8 heap (from its /metrics) to show whether memory grows.
// Prints ONE JSON object on stdout; progress goes to stderr.
//
//   npx tsx bench/soak.ts --minutes 10 --rate 500 [--batch-size 25] [--sample-seconds 10]
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmbeddedPostgres } from '../src/db/embedded.ts';
import { migrate } from '../src/db/migrate.ts';
import { createPool } from '../src/db/pool.ts';
import { createBenchOrg, generateItems } from './lib/bench-org.ts';
import { arg, freePort, percentile, round, rssOf, startOpenvoc, stopOpenvoc } from './lib/openvoc-child.ts';

const MINUTES = arg('minutes', 10);
const RATE = arg('rate', 500);
const BATCH_SIZE = arg('batch-size', 25);
const SAMPLE_SECONDS = arg('sample-seconds', 10);
const log = (message: string) => void process.stderr.write(`${message}\n`);
const MB = 1024 * 1024;

interface Sample {
  at_s: number;
  rss_mb: number;
  heap_used_mb: number;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'openvoc-bench-soak-'));
  const embedded = await startEmbeddedPostgres(dir);
  const pool = createPool(embedded.connectionString, 4);
  const children = [];
  try {
    await migrate(pool);
    const org = await createBenchOrg(pool);
    // A pool of realistic items, re-used with fresh external ids: the soak needs volume, not variety.
    const template = await generateItems(pool, org.orgId, 5_000, 'tpl', 21);
    const port = await freePort();
    const env = { DATABASE_URL: embedded.connectionString, PORT: String(port), LOG_LEVEL: 'warn', RATE_LIMIT_INGEST_PER_MINUTE: '100000000' };
    const server = await startOpenvoc(['serve'], env, /OpenVoC is running/);
    children.push(server, await startOpenvoc(['worker'], { ...env, LOG_LEVEL: 'info' }, /job worker started/));
    const base = `http://127.0.0.1:${port}`;
    const headers = { authorization: `Bearer ${org.apiKey}`, 'content-type': 'application/json' };

    const samples: Sample[] = [];
    const start = performance.now();
    const sample = async () => {
      const metrics = await (await fetch(`${base}/metrics`)).text();
      const heap = Number(metrics.match(/^openvoc_nodejs_heap_size_used_bytes (\S+)$/m)?.[1] ?? 0);
      samples.push({ at_s: round((performance.now() - start) / 1000), rss_mb: round((await rssOf(server.pid!)) / MB), heap_used_mb: round(heap / MB) });
      log(`  ${samples.at(-1)!.at_s} s: rss ${samples.at(-1)!.rss_mb} MB, heap ${samples.at(-1)!.heap_used_mb} MB`);
    };
    await sample();

    const latencies: number[] = [];
    let sent = 0;
    let failed = 0;
    let behindSchedule = 0;
    const intervalMs = (1000 * BATCH_SIZE) / RATE;
    const endAt = start + MINUTES * 60_000;
    let nextSampleAt = start + SAMPLE_SECONDS * 1000;
    const inFlight = new Set<Promise<void>>();
    for (let n = 0; performance.now() < endAt; n++) {
      const due = start + n * intervalMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      else behindSchedule++;
      const items = Array.from({ length: BATCH_SIZE }, (_, i) => ({ ...template[(n * BATCH_SIZE + i) % template.length], external_id: `soak-${n}-${i}` }));
      const sentAt = performance.now();
      const request = fetch(`${base}/api/v1/feedback/batch`, { method: 'POST', headers, body: JSON.stringify({ items }) })
        .then(async (response) => {
          await response.arrayBuffer();
          latencies.push(performance.now() - sentAt);
          if (response.ok) sent += BATCH_SIZE;
          else failed++;
        })
        .catch(() => void failed++)
        .finally(() => inFlight.delete(request));
      inFlight.add(request);
      if (performance.now() >= nextSampleAt) {
        nextSampleAt += SAMPLE_SECONDS * 1000;
        await sample();
      }
    }
    await Promise.all(inFlight);
    await sample();
    const seconds = (performance.now() - start) / 1000;
    latencies.sort((a, b) => a - b);
    // Growth judged after a warm-up (the first fifth of the run), so start-up allocation is not counted.
    const warm = samples.filter((s) => s.at_s >= seconds / 5);
    const first = warm[0] ?? samples[0]!;
    const last = samples.at(-1)!;
    process.stdout.write(
      `${JSON.stringify(
        {
          machine: { cpus: os.cpus().length, load_average_at_end: os.loadavg().map((value) => round(value, 2)), node: process.version },
          options: { minutes: MINUTES, rate_items_per_second: RATE, batch_size: BATCH_SIZE },
          achieved_items_per_second: Math.round(sent / seconds),
          items_stored: sent,
          failed_requests: failed,
          requests_sent_behind_schedule: behindSchedule,
          latency_ms: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), max: round(latencies.at(-1) ?? 0) },
          memory: {
            rss_mb: { start: samples[0]!.rss_mb, after_warm_up: first.rss_mb, end: last.rss_mb, max: Math.max(...samples.map((s) => s.rss_mb)) },
            heap_used_mb: { start: samples[0]!.heap_used_mb, after_warm_up: first.heap_used_mb, end: last.heap_used_mb },
            // Least-squares slopes over the samples after warm-up: the heap is a GC sawtooth, so the
            // difference between two single samples says little; the trend says whether memory grows.
            rss_trend_mb_per_minute_after_warm_up: round(slopePerMinute(warm, (s) => s.rss_mb), 2),
            heap_trend_mb_per_minute_after_warm_up: round(slopePerMinute(warm, (s) => s.heap_used_mb), 2),
          },
          samples,
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

function slopePerMinute(samples: Sample[], value: (sample: Sample) => number): number {
  if (samples.length < 2) return 0;
  const xs = samples.map((sample) => sample.at_s / 60);
  const ys = samples.map(value);
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  const covariance = xs.reduce((sum, x, i) => sum + (x - meanX) * (ys[i]! - meanY), 0);
  const variance = xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0);
  return variance === 0 ? 0 : covariance / variance;
}

await main();
