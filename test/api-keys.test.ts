// The life of an API key through the HTTP API: shown once on creation, listed without the secret,
// accepted for ingestion, revoked.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp } from './support/test-app.ts';
import { expectError } from './support/expect-error.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

describe('API keys', () => {
  async function createKey(owner: Client, name = 'Shop integration') {
    const response = await owner.post('/api/v1/api-keys', { name });
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  it('returns the key once, on creation; the list never shows it', async () => {
    const owner = await (await createTestOrg(testApp)).as('owner');
    const created = await createKey(owner, '  Shop integration ');
    expect(created).toEqual({
      id: expect.any(String),
      name: 'Shop integration',
      prefix: expect.stringMatching(/^ovk_/),
      key: expect.stringMatching(/^ovk_/),
      created_at: expect.any(String),
      last_used_at: null,
      revoked_at: null,
    });
    expect(created.key.startsWith(created.prefix)).toBe(true);
    expect(created.key.length).toBeGreaterThan(created.prefix.length + 20);

    const list = await owner.get('/api/v1/api-keys');
    expect(list.statusCode).toBe(200);
    const { key, ...withoutKey } = created;
    expect(list.json().items).toEqual([withoutKey]);
    expect(list.body).not.toContain(key);
    expect(list.body).not.toContain(key.slice(created.prefix.length));
  });

  it.each([
    ['an empty name', { name: '' }],
    ['no name', {}],
    ['a name longer than 100', { name: 'k'.repeat(101) }],
    ['an unknown field', { name: 'Shop', scopes: ['all'] }],
  ])('refuses a key with %s: 400 validation_failed', async (_case, body) => {
    const owner = await (await createTestOrg(testApp)).as('owner');
    expectError(await owner.post('/api/v1/api-keys', body), 400, 'validation_failed');
    expect((await owner.get('/api/v1/api-keys')).json().items).toEqual([]);
  });

  it('the key ingests feedback; revoking it makes it fail with 401 invalid_api_key', async () => {
    const owner = await (await createTestOrg(testApp)).as('owner');
    const created = await createKey(owner);
    const ingester = apiKeyClient(testApp.app, created.key);
    const first = await ingester.post('/api/v1/feedback', { source: 'api', channel: 'app', nps: 8 });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ source: 'api', channel: 'app', nps: 8, created: true });
    expect((await owner.get(`/api/v1/feedback/${first.json().id}`)).statusCode).toBe(200);
    expect((await owner.get('/api/v1/api-keys')).json().items[0].last_used_at).toEqual(expect.any(String));

    const revoked = await owner.delete(`/api/v1/api-keys/${created.id}`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ id: created.id, revoked_at: expect.any(String) });
    expect(revoked.body).not.toContain(created.key);

    expectError(await ingester.post('/api/v1/feedback', { source: 'api', channel: 'app', nps: 2 }), 401, 'invalid_api_key');
    expectError(await ingester.get('/api/v1/channels'), 401, 'invalid_api_key');
    expect((await owner.get('/api/v1/feedback')).json().items).toHaveLength(1);

    // Revoking twice is harmless and keeps the first revocation time.
    const again = await owner.delete(`/api/v1/api-keys/${created.id}`);
    expect(again.statusCode).toBe(200);
    expect(again.json().revoked_at).toBe(revoked.json().revoked_at);
    expect((await owner.get('/api/v1/api-keys')).json().items).toEqual([expect.objectContaining({ id: created.id, revoked_at: revoked.json().revoked_at })]);
  });

  it('revoking one key leaves the others working', async () => {
    const owner = await (await createTestOrg(testApp)).as('owner');
    const kept = await createKey(owner, 'kept');
    const dropped = await createKey(owner, 'dropped');
    expect((await owner.delete(`/api/v1/api-keys/${dropped.id}`)).statusCode).toBe(200);
    expect((await apiKeyClient(testApp.app, kept.key).post('/api/v1/feedback', { source: 'api', channel: 'sms', csat: 5 })).statusCode).toBe(201);
    expectError(await apiKeyClient(testApp.app, dropped.key).post('/api/v1/feedback', { source: 'api', channel: 'sms', csat: 5 }), 401, 'invalid_api_key');
  });

  it('answers revoking an unknown key with 404 and a malformed id with 400', async () => {
    const owner = await (await createTestOrg(testApp)).as('owner');
    expectError(await owner.delete(`/api/v1/api-keys/${randomUUID()}`), 404, 'not_found');
    expectError(await owner.delete('/api/v1/api-keys/not-a-uuid'), 400, 'validation_failed', 'params.id');
  });
});
