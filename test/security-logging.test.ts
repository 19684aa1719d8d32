// Secrets never reach the logs: with every log line captured at trace level (the production logger's
// redaction, a real app), sign-in, session use, API-key creation and use, user creation, webhook
// creation and a metrics scrape must leave no password, session token, API key, cookie or secret behind.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { createOrganisation } from '../src/domain/orgs/create-organisation.ts';
import { buildApp } from '../src/http/app.ts';
import { redactedPaths } from '../src/logger.ts';
import { createTestDatabase } from './support/test-database.ts';

const OWNER_PASSWORD = 'owner-Pa55word-never-logged';
const NEW_USER_PASSWORD = 'new-user-Pa55word-never-logged';
const WRONG_PASSWORD = 'wrong-Pa55word-never-logged';
const METRICS_TOKEN = 'metrics-token-never-logged-0123';

const lines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(chunk.toString('utf8'));
    done();
  },
});
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let app: Awaited<ReturnType<typeof buildApp>>;
const secrets: Record<string, string> = { OWNER_PASSWORD, NEW_USER_PASSWORD, WRONG_PASSWORD, METRICS_TOKEN };

beforeAll(async () => {
  database = await createTestDatabase();
  const log = pino({ level: 'trace', redact: { paths: redactedPaths, censor: '[redacted]' } }, sink);
  const config = parseConfig({ NODE_ENV: 'test', OPENVOC_DATA_DIR: '/nonexistent', METRICS_TOKEN });
  app = await buildApp({ db: database.pool, config, log, dbKind: 'external' });
  await createOrganisation(database.pool, { name: 'Logged org', owner: { email: 'owner@logged.example', name: 'Owner', password: OWNER_PASSWORD } });
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

describe('secrets in logs', () => {
  it('never logs passwords, session tokens, cookies, API keys, webhook secrets or the metrics token', async () => {
    const failed = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'owner@logged.example', password: WRONG_PASSWORD } });
    expect(failed.statusCode).toBe(401);
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'owner@logged.example', password: OWNER_PASSWORD } });
    expect(login.statusCode).toBe(200);
    secrets.SESSION = login.cookies.find((c) => c.name === 'openvoc_session')!.value;
    const session = { cookie: `openvoc_session=${secrets.SESSION}`, 'x-openvoc-csrf': '1' };

    const user = await app.inject({ method: 'POST', url: '/api/v1/users', headers: session, payload: { email: 'new@logged.example', name: 'New', password: NEW_USER_PASSWORD, role: 'analyst' } });
    expect(user.statusCode, user.body).toBe(201);
    const key = await app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: session, payload: { name: 'logged key' } });
    expect(key.statusCode, key.body).toBe(201);
    secrets.API_KEY = key.json().key;
    const webhook = await app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: session, payload: { name: 'logged hook', source: 'ticket', channel: 'app' } });
    expect(webhook.statusCode, webhook.body).toBe(201);
    secrets.WEBHOOK_SECRET = webhook.json().secret;

    const item = { source: 'api', channel: 'app', text: 'logged item', nps: 7 };
    expect((await app.inject({ method: 'POST', url: '/api/v1/feedback', headers: { authorization: `Bearer ${secrets.API_KEY}` }, payload: item })).statusCode).toBe(201);
    expect((await app.inject({ method: 'POST', url: '/api/v1/feedback', headers: { 'x-api-key': secrets.API_KEY }, payload: { ...item, text: 'again' } })).statusCode).toBe(201);
    // A bad key and a bad session are logged as failures, with neither value.
    secrets.BAD_KEY = 'ovk_bad_key_value_never_logged_123456';
    expect((await app.inject({ method: 'POST', url: '/api/v1/feedback', headers: { authorization: `Bearer ${secrets.BAD_KEY}` }, payload: item })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session })).statusCode).toBeLessThan(300);

    const log = lines.join('');
    // The capture works: the requests above were logged, at trace level and above.
    expect(log).toContain('/api/v1/auth/login');
    expect(log).toContain('/api/v1/feedback');
    for (const [name, value] of Object.entries(secrets)) {
      expect(log.includes(value), `${name} appears in the log`).toBe(false);
    }
  });
});
