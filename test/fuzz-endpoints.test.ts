// Property-based fuzzing of every public write endpoint: whatever arrives, the answer is never a 5xx,
// every 4xx names an error code, nothing is polluted and the server keeps answering /api/health.
// To cover a new endpoint, add a row to `targets`.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../src/domain/webhooks/webhooks.schema.ts';
import { hostileValue, nearValidFeedback, rawBody, validFeedback } from './support/fuzz-arbitraries.ts';
import { createLink, createSurvey, npsSurvey } from './surveys-fixtures.ts';
import { createTestOrg, startTestApp, type TestApp } from './support/test-app.ts';

const RUNS = 120;

interface Target {
  name: string;
  method: 'POST';
  url: () => string;
  /** Headers that get the request past authentication, so the body is what is being tested. */
  headers: (rawBody: string) => Record<string, string>;
  /** Generator of bodies close to what the endpoint expects. */
  nearValid: fc.Arbitrary<unknown>;
  /** Whether some near-valid bodies must be accepted (proof the fuzz reaches analysis and storage). */
  acceptsSome?: boolean;
}

let testApp: TestApp;
const ctx = {} as { apiKey: string; cookie: string; linkToken: string; surveyId: string; webhookKey: string; webhookSecret: string };

beforeAll(async () => {
  testApp = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000000', RATE_LIMIT_PUBLIC_PER_MINUTE: '1000000' });
  const org = await createTestOrg(testApp);
  const owner = await org.as('owner');
  ctx.apiKey = await org.apiKey();
  const login = await testApp.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: org.ownerEmail, password: 'correct horse battery' } });
  ctx.cookie = `openvoc_session=${login.cookies.find((c) => c.name === 'openvoc_session')!.value}`;
  const survey = await createSurvey(owner, npsSurvey());
  ctx.surveyId = survey.id;
  ctx.linkToken = (await createLink(owner, survey.id)).token;
  const webhook = await owner.post('/api/v1/webhooks', { name: 'fuzz', source: 'ticket', channel: 'app' });
  expect(webhook.statusCode, webhook.body).toBe(201);
  ctx.webhookKey = webhook.json().key;
  ctx.webhookSecret = webhook.json().secret;
});
afterAll(() => testApp?.close());

const bearer = () => ({ authorization: `Bearer ${ctx.apiKey}` });
const surveyAnswers = fc.record({ answers: fc.oneof(fc.record({ nps: fc.oneof(fc.integer({ min: -1, max: 11 }), hostileValue), why: hostileValue }, { requiredKeys: [] }), hostileValue), lang: fc.constantFrom('en', 'zh', 'xx'), session: fc.string({ maxLength: 80 }) }, { requiredKeys: [] });

const targets: Target[] = [
  { name: 'feedback ingest (single)', method: 'POST', url: () => '/api/v1/feedback', headers: bearer, nearValid: fc.oneof(validFeedback, nearValidFeedback, nearValidFeedback), acceptsSome: true },
  { name: 'feedback ingest (batch)', method: 'POST', url: () => '/api/v1/feedback/batch', headers: bearer, nearValid: fc.record({ items: fc.array(fc.oneof({ weight: 6, arbitrary: validFeedback }, { weight: 1, arbitrary: nearValidFeedback }), { maxLength: 6 }) }), acceptsSome: true },
  {
    name: 'login',
    method: 'POST',
    url: () => '/api/v1/auth/login',
    headers: () => ({}),
    nearValid: fc.record({ email: fc.oneof(fc.emailAddress(), hostileValue), password: fc.oneof(fc.string({ maxLength: 2000 }), hostileValue) }, { requiredKeys: [] }),
  },
  { name: 'survey submit by link (/s/…)', method: 'POST', url: () => `/s/${ctx.linkToken}/responses`, headers: () => ({}), nearValid: surveyAnswers },
  { name: 'survey submit on kiosk (/k/…)', method: 'POST', url: () => `/k/${ctx.surveyId}/responses`, headers: () => ({}), nearValid: surveyAnswers },
  { name: 'survey submit by widget (/w/…)', method: 'POST', url: () => `/w/${ctx.surveyId}/responses`, headers: () => ({}), nearValid: surveyAnswers },
  {
    name: 'inbound webhook (correctly signed)',
    method: 'POST',
    url: () => `/api/v1/webhooks/inbound/${ctx.webhookKey}`,
    headers: (body) => {
      const timestamp = String(Math.floor(Date.now() / 1000));
      return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: `sha256=${createHmac('sha256', ctx.webhookSecret).update(`${timestamp}.${body}`).digest('hex')}` };
    },
    nearValid: fc.oneof(validFeedback, nearValidFeedback, fc.record({ items: fc.array(fc.oneof(validFeedback, nearValidFeedback), { maxLength: 10 }) })),
    acceptsSome: true,
  },
];

async function send(options: InjectOptions): Promise<LightMyRequestResponse> {
  return testApp.app.inject(options);
}

/** The contract every answer keeps, whatever was sent. */
function expectCleanAnswer(response: LightMyRequestResponse, sent: string): void {
  const context = `${response.statusCode} ${response.body.slice(0, 300)} ← ${sent.slice(0, 300)}`;
  expect(response.statusCode, context).toBeLessThan(500);
  if (response.statusCode >= 400) {
    expect(response.headers['content-type'], context).toMatch(/^application\/json/);
    expect(typeof response.json().error?.code, context).toBe('string');
    expect(response.body, context).not.toMatch(/at \S+ \(|node_modules|SELECT |pg_/);
  }
}

describe.each(targets)('fuzz: $name', (target) => {
  it('never answers 5xx to near-valid JSON bodies', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(target.nearValid, async (value) => {
        const body = JSON.stringify(value) ?? 'null';
        const response = await send({ method: target.method, url: target.url(), payload: body, headers: { 'content-type': 'application/json', ...target.headers(body) } });
        expectCleanAnswer(response, body);
        if (response.statusCode < 300) accepted++;
      }),
      { numRuns: RUNS },
    );
    if (target.acceptsSome) expect(accepted).toBeGreaterThan(0);
  });

  it('never answers 5xx to random bodies with random content types', async () => {
    await fc.assert(
      fc.asyncProperty(rawBody, async ({ contentType, body }) => {
        const headers: Record<string, string> = { ...target.headers(body) };
        if (contentType) headers['content-type'] = contentType;
        const response = await send({ method: target.method, url: target.url(), payload: body, headers });
        expectCleanAnswer(response, `${contentType} ${body}`);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: import upload', () => {
  it('never answers 5xx to random multipart uploads', async () => {
    const part = fc.record({
      boundary: fc.constantFrom('b0undary', 'x'.repeat(70), '--'),
      field: fc.constantFrom('file', 'other', '', '__proto__'),
      filename: fc.oneof(fc.constantFrom('a.csv', 'a.xlsx', 'a.jsonl', '../../etc/passwd', 'a.exe', '', '数据.csv', 'x'.repeat(300) + '.csv'), fc.string({ maxLength: 30 })),
      content: fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom('text,nps\n好,9\n"unterminated,3\n', '{"text":"a"}\n{broken\n', 'PK\u0003\u0004garbage')),
      truncate: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(part, async ({ boundary, field, filename, content, truncate }) => {
        let body = `--${boundary}\r\ncontent-disposition: form-data; name="${field}"; filename="${filename}"\r\ncontent-type: text/csv\r\n\r\n${content}\r\n--${boundary}--\r\n`;
        if (truncate) body = body.slice(0, Math.floor(body.length / 2));
        const response = await send({ method: 'POST', url: '/api/v1/imports', payload: body, headers: { cookie: ctx.cookie, 'x-openvoc-csrf': '1', 'content-type': `multipart/form-data; boundary=${boundary}` } });
        expectCleanAnswer(response, body);
      }),
      { numRuns: 60 },
    );
  });
});

describe('payload and field size limits', () => {
  const item = (text = 'ok') => ({ source: 'api', channel: 'app', text });
  const cases: Array<[string, () => InjectOptions, number, string]> = [
    ['a single item body over 1 MB', () => ({ method: 'POST', url: '/api/v1/feedback', headers: bearer(), payload: { ...item(), metadata: { pad: 'x'.repeat(1024 * 1024) } } }), 413, 'payload_too_large'],
    ['a text over 20,000 characters', () => ({ method: 'POST', url: '/api/v1/feedback', headers: bearer(), payload: item('好'.repeat(20_001)) }), 400, 'validation_failed'],
    ['a batch of 1,001 items', () => ({ method: 'POST', url: '/api/v1/feedback/batch', headers: bearer(), payload: { items: Array.from({ length: 1001 }, () => item()) } }), 400, 'validation_failed'],
    ['a batch body over 32 MB', () => ({ method: 'POST', url: '/api/v1/feedback/batch', headers: { ...bearer(), 'content-type': 'application/json' }, payload: JSON.stringify({ items: [item('x'.repeat(33 * 1024 * 1024))] }) }), 413, 'payload_too_large'],
    ['a survey answer body over 64 KB', () => ({ method: 'POST', url: `/k/${ctx.surveyId}/responses`, payload: { answers: { why: 'x'.repeat(70 * 1024) } } }), 413, 'payload_too_large'],
    ['a login body over 1 MB', () => ({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'a@b.c', password: 'x'.repeat(1024 * 1024) } }), 413, 'payload_too_large'],
  ];
  it.each(cases)('refuses %s', async (_label, request, status, code) => {
    const response = await send(request());
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
  });
});

describe('after the fuzz', () => {
  it('still answers /api/health, and no prototype was polluted', async () => {
    expect((await send({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
