// Alert latency benchmark: a sustained ingest (default 1,000 items/s for 30 s) through the real HTTP
// batch endpoint of an in-process server on 127.0.0.1, with the job worker running and an item rule
// routed to a signed webhook received by a local HTTP listener. For each matching item it measures the
// time from the ingest acknowledgment (the batch response) to the signed webhook arriving.
// Prints ONE JSON object on stdout; progress goes to stderr.
//
//   npx tsx bench/alerts.ts                                  1,000 items/s for 30 s, 10 % matching
//   npx tsx bench/alerts.ts --seconds 10 --rate 500 --match 0.2
//   npx tsx bench/alerts.ts --worker-process      the worker in its own process (as `openvoc worker`
//                                                 runs in production), not sharing the server's event loop
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { parseConfig } from '../src/config.ts';
import { systemActor } from '../src/domain/actor.ts';
import { createAlertRule } from '../src/domain/alerts/save-alert-rule.ts';
import { createApiKey } from '../src/domain/auth/create-api-key.ts';
import { createNotificationChannel } from '../src/domain/notifications/save-notification-channel.ts';
import { createOrganisation } from '../src/domain/orgs/create-organisation.ts';
import { startEmbeddedPostgres } from '../src/db/embedded.ts';
import { migrate } from '../src/db/migrate.ts';
import { createPool } from '../src/db/pool.ts';
import { buildApp } from '../src/http/app.ts';
import { startWorker } from '../src/jobs/start-worker.ts';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const SECONDS = arg('seconds', 30);
const RATE = arg('rate', 1000);
const MATCH = arg('match', 0.1);
const CONCURRENCY = arg('concurrency', 8);
const TICK_MS = 100;
const WORKER_PROCESS = process.argv.includes('--worker-process');
const log = (message: string) => void process.stderr.write(`${message}\n`);
const CHANNELS = ['app', 'website', 'store', 'wechat'];
const TEXTS = ['The delivery was on time, thanks', '客服态度很好，问题很快解决了', 'Checkout kept failing on the app', '门店排队太久了', 'Prices went up again'];

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : null);
const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'openvoc-bench-alerts-'));
  const embedded = await startEmbeddedPostgres(dir);
  const pool = createPool(embedded.connectionString, 20);
  const acked = new Map<string, number>();
  const received = new Map<string, number>();
  let badSignatures = 0;
  let secret = '';
  const listener = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const at = performance.now();
      const body = Buffer.concat(chunks).toString('utf8');
      const timestamp = request.headers['x-openvoc-timestamp'] as string;
      const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
      if (request.headers['x-openvoc-signature'] !== expected) badSignatures++;
      const feedbackId = (JSON.parse(body) as { alert?: { feedback_ids: string[] } }).alert?.feedback_ids[0];
      if (feedbackId && !received.has(feedbackId)) received.set(feedbackId, at);
      response.writeHead(204).end();
    });
  });
  try {
    await migrate(pool);
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const hookUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/hook`;
    const { org } = await createOrganisation(pool, { name: 'Bench alerts', owner: { email: 'bench@example.com', name: 'Bench', password: 'bench password 123' } });
    const actor = systemActor(org.id);
    const channel = await createNotificationChannel(pool, actor, { name: 'Bench receiver', kind: 'webhook', config: { url: hookUrl } });
    secret = channel.secret!;
    await createAlertRule(pool, actor, {
      name: 'Bench detractors',
      kind: 'item',
      dedup_minutes: 0,
      max_per_hour: 100_000,
      channel_ids: [channel.channel.id],
      condition: { match: 'all', conditions: [{ field: 'nps', operator: 'lte', value: 6 }, { field: 'text', operator: 'contains', value: 'BENCH-ALERT' }] },
    });
    const { key } = await createApiKey(pool, actor, { name: 'bench' });

    const config = parseConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', OPENVOC_DATA_DIR: dir, DATABASE_URL: embedded.connectionString, RATE_LIMIT_INGEST_PER_MINUTE: '1000000' });
    const app = await buildApp({ db: pool, config, log: pino({ level: 'silent' }), dbKind: 'external', webDist: '/nonexistent' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const apiUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/feedback/batch`;
    let child: ChildProcess | null = null;
    const worker = WORKER_PROCESS ? null : await startWorker(pool, pino({ level: 'silent' }), { concurrency: CONCURRENCY });
    if (WORKER_PROCESS) {
      child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--worker-only', embedded.connectionString, '--concurrency', String(CONCURRENCY)], { stdio: ['ignore', 'ignore', 'inherit'] });
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }

    log(`ingesting ${RATE} items/s for ${SECONDS} s, ${MATCH * 100} % matching the rule…`);
    const perTick = Math.max(1, Math.round((RATE * TICK_MS) / 1000));
    const ackTimes: number[] = [];
    let sent = 0;
    let failedBatches = 0;
    let counter = 0;
    const inFlight = new Set<Promise<void>>();
    const start = performance.now();
    for (let tick = 0; tick < (SECONDS * 1000) / TICK_MS; tick++) {
      const due = start + tick * TICK_MS;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const items = Array.from({ length: perTick }, () => {
        const n = counter++;
        const matches = (n * MATCH) % 1 + MATCH > 1 - 1e-9 || MATCH >= 1;
        return { source: 'api', channel: CHANNELS[n % CHANNELS.length], nps: matches ? n % 7 : 7 + (n % 4), text: `${TEXTS[n % TEXTS.length]}${matches ? ' BENCH-ALERT' : ''} #${n}`, matches };
      });
      const sentAt = performance.now();
      const request = fetch(apiUrl, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ items: items.map(({ matches: _m, ...item }) => item) }),
      })
        .then(async (response) => {
          const at = performance.now();
          if (!response.ok) {
            failedBatches++;
            await response.body?.cancel();
            return;
          }
          ackTimes.push(at - sentAt);
          const body = (await response.json()) as { items: Array<{ index: number; id: string }> };
          for (const outcome of body.items) if (items[outcome.index]!.matches) acked.set(outcome.id, at);
        })
        .catch(() => void failedBatches++);
      sent += items.length;
      inFlight.add(request);
      void request.finally(() => inFlight.delete(request));
    }
    await Promise.all(inFlight);
    const ingestSeconds = (performance.now() - start) / 1000;
    log(`sent ${sent} items in ${ingestSeconds.toFixed(1)} s; waiting for webhooks…`);
    const deadline = performance.now() + 30_000;
    while (performance.now() < deadline && [...acked.keys()].some((id) => !received.has(id))) await new Promise((resolve) => setTimeout(resolve, 100));

    // Where the time goes, from the database's own clock: item stored → alert raised → delivery sent.
    const stages = (
      await pool.query<{ toAlert: number; toDelivery: number; toAlertP99: number; toDeliveryP99: number }>(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY a_ms) AS "toAlert", percentile_cont(0.99) WITHIN GROUP (ORDER BY a_ms) AS "toAlertP99",
                percentile_cont(0.5) WITHIN GROUP (ORDER BY d_ms) AS "toDelivery", percentile_cont(0.99) WITHIN GROUP (ORDER BY d_ms) AS "toDeliveryP99"
           FROM (SELECT extract(epoch FROM a.first_seen_at - f.received_at) * 1000 AS a_ms, extract(epoch FROM d.last_attempt_at - a.first_seen_at) * 1000 AS d_ms
                   FROM alerts a JOIN feedback f ON f.org_id = a.org_id AND f.id = a.feedback_ids[1]
                   JOIN notification_deliveries d ON d.org_id = a.org_id AND d.alert_id = a.id) t`,
      )
    ).rows[0]!;
    const latencies = [...acked].flatMap(([id, at]) => (received.has(id) ? [received.get(id)! - at] : [])).sort((a, b) => a - b);
    const acks = ackTimes.sort((a, b) => a - b);
    const p99 = percentile(latencies, 99);
    process.stdout.write(
      `${JSON.stringify({
        rate_items_per_s: RATE,
        seconds: SECONDS,
        achieved_items_per_s: round(sent / ingestSeconds),
        items_sent: sent,
        failed_batches: failedBatches,
        matching_items: acked.size,
        webhooks_received: latencies.length,
        bad_signatures: badSignatures,
        ack_to_webhook_ms: { count: latencies.length, p50: round(percentile(latencies, 50)), p90: round(percentile(latencies, 90)), p99: round(p99), max: round(latencies.at(-1) ?? null) },
        stages_ms: { stored_to_alert: { p50: round(stages.toAlert), p99: round(stages.toAlertP99) }, alert_to_delivery_attempt: { p50: round(stages.toDelivery), p99: round(stages.toDeliveryP99) } },
        batch_ack_ms: { p50: round(percentile(acks, 50)), p99: round(percentile(acks, 99)) },
        target_p99_ms: 500,
        target_met: p99 !== null && p99 <= 500 && latencies.length === acked.size,
        worker_concurrency: CONCURRENCY,
        worker: WORKER_PROCESS ? 'separate process' : 'in-process',
        load_average_1m: Math.round(os.loadavg()[0]! * 10) / 10,
        cpus: os.cpus().length,
      })}\n`,
    );
    await worker?.stop();
    child?.kill('SIGTERM');
    await app.close();
  } finally {
    listener.close();
    await pool.end();
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

// The worker half of --worker-process: runs until killed.
async function workerOnly(connectionString: string): Promise<void> {
  const pool = createPool(connectionString, CONCURRENCY + 2);
  const runner = await startWorker(pool, pino({ level: 'silent' }), { concurrency: CONCURRENCY });
  process.on('SIGTERM', () => void runner.stop().then(() => pool.end()).then(() => process.exit(0)));
}

const workerOnlyIndex = process.argv.indexOf('--worker-only');
(workerOnlyIndex > 0 ? workerOnly(process.argv[workerOnlyIndex + 1]!) : main()).catch((error) => {
  log(String(error?.stack ?? error));
  process.exit(1);
});
