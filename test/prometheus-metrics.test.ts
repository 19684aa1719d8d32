// GET /metrics: Prometheus text with HTTP, ingest and job figures; optional scrape token; not in the API document.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/domain/actor.ts';
import { startReanalysis } from '../src/domain/feedback/start-reanalysis.ts';
import { startWorker } from '../src/jobs/start-worker.ts';
import { apiKeyClient, createTestOrg, startTestApp, type TestApp } from './support/test-app.ts';

const TOKEN = 'scrape-token-0123456789';

/** The value of one sample line, e.g. sample(text, 'openvoc_feedback_ingested_total', { source: 'api', outcome: 'created' }). */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

async function scrape(app = testApp.app): Promise<string> {
  const response = await app.inject({ method: 'GET', url: '/metrics' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.body;
}

describe('GET /metrics', () => {
  it('reports process metrics and HTTP requests by route pattern, never by raw id', async () => {
    const missing = '/api/v1/feedback/00000000-0000-4000-8000-000000000000';
    await testApp.app.inject({ method: 'GET', url: missing });
    const text = await scrape();
    expect(text).toContain('# TYPE openvoc_process_resident_memory_bytes gauge');
    expect(text).toContain('# TYPE openvoc_http_request_duration_seconds histogram');
    expect(sample(text, 'openvoc_http_requests_total', { method: 'GET', route: '/api/v1/feedback/:id', status: '401' })).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain('00000000-0000-4000-8000-000000000000');
  });

  it('counts ingested items by source and outcome, for single and batch ingest', async () => {
    const org = await createTestOrg(testApp);
    const ingest = apiKeyClient(testApp.app, await org.apiKey());
    const before = await scrape();
    const item = (id: string, source = 'review') => ({ source, channel: 'app', external_id: id, text: '很好用 great app', stars: 5 });
    expect((await ingest.post('/api/v1/feedback', item('m-1'))).statusCode).toBe(201);
    expect((await ingest.post('/api/v1/feedback', item('m-1'))).statusCode).toBe(200);
    expect((await ingest.post('/api/v1/feedback/batch', { items: [item('m-2', 'ticket'), item('m-3', 'ticket'), item('m-1')] })).statusCode).toBe(200);
    const after = await scrape();
    const delta = (labels: Record<string, string>) => sample(after, 'openvoc_feedback_ingested_total', labels) - sample(before, 'openvoc_feedback_ingested_total', labels);
    expect(delta({ source: 'review', outcome: 'created' })).toBe(1);
    expect(delta({ source: 'review', outcome: 'duplicate' })).toBe(2);
    expect(delta({ source: 'ticket', outcome: 'created' })).toBe(2);
  });

  it('counts job runs of the worker in the same process', async () => {
    const org = await createTestOrg(testApp);
    const before = sample(await scrape(), 'openvoc_job_runs_total', { job: 'feedback:reanalyse', outcome: 'completed' });
    const runner = await startWorker(testApp.pool, pino({ level: 'silent' }), { concurrency: 1 });
    try {
      await startReanalysis(testApp.pool, systemActor(org.orgId));
      await expect
        .poll(async () => sample(await scrape(), 'openvoc_job_runs_total', { job: 'feedback:reanalyse', outcome: 'completed' }), { timeout: 15_000 })
        .toBe(before + 1);
    } finally {
      await runner.stop();
    }
  });

  it('is not part of the API document', async () => {
    const document = (await testApp.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(Object.keys(document.paths)).not.toContain('/metrics');
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  let protectedApp: TestApp;
  beforeAll(async () => {
    protectedApp = await startTestApp({ METRICS_TOKEN: TOKEN });
  });
  afterAll(() => protectedApp.close());

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer scrape-token-0123456780' }],
    ['a token of another length', { authorization: 'Bearer x' }],
  ])('refuses %s with 401 unauthenticated', async (_label, headers) => {
    const response = await protectedApp.app.inject({ method: 'GET', url: '/metrics', headers });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
    expect(response.body).not.toContain('openvoc_');
  });

  it('answers the right bearer token (which is not mistaken for an API key)', async () => {
    const response = await protectedApp.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('openvoc_http_requests_total');
  });
});
