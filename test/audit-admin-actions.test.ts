// Admin actions leave an audit trail: users created and changed (roles, disabling, passwords — never
// the password itself), API keys created and revoked (never the key), taxonomy changed and reset.
// Exports, erasures and merges are audited by their own capabilities (see test/people.test.ts / identity).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrg, startTestApp, TEST_PASSWORD, type Client, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let org: TestOrg;
let owner: Client;
let ownerId: string;
beforeAll(async () => {
  testApp = await startTestApp();
  org = await createTestOrg(testApp);
  owner = await org.as('owner');
  ownerId = (await owner.get('/api/v1/auth/me')).json().user.id;
});
afterAll(() => testApp.close());

async function auditOf(subject: string): Promise<Array<{ action: string; actor: string; details: Record<string, unknown> }>> {
  const response = await owner.get(`/api/v1/audit-log?subject=${encodeURIComponent(subject)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

describe('audit of admin actions', () => {
  it('records user creation and changes, naming who did it and never the password', async () => {
    const created = await owner.post('/api/v1/users', { email: `audited-${Date.now()}@example.com`, name: 'Audited', password: TEST_PASSWORD, role: 'agent' });
    expect(created.statusCode, created.body).toBe(201);
    const userId = created.json().id;
    expect((await owner.patch(`/api/v1/users/${userId}`, { role: 'analyst' })).statusCode).toBe(200);
    expect((await owner.patch(`/api/v1/users/${userId}`, { password: 'a brand new password 1' })).statusCode).toBe(200);
    expect((await owner.patch(`/api/v1/users/${userId}`, { disabled: true })).statusCode).toBe(200);

    const events = await auditOf(`user:${userId}`);
    expect(events.map((event) => event.action)).toEqual(['user.updated', 'user.updated', 'user.updated', 'user.created']);
    for (const event of events) expect(event.actor).toBe(`user:${ownerId}`);
    expect(events[3]!.details).toMatchObject({ role: 'agent' });
    expect(events[2]!.details).toEqual({ role: 'analyst', previous_role: 'agent' });
    expect(events[1]!.details).toEqual({ password_changed: true });
    expect(events[0]!.details).toEqual({ disabled: true });
    const text = JSON.stringify(events);
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain('a brand new password 1');
  });

  it('records API key creation and revocation, never the key', async () => {
    const created = await owner.post('/api/v1/api-keys', { name: 'audited key' });
    expect(created.statusCode).toBe(201);
    const { id, key } = created.json();
    expect((await owner.delete(`/api/v1/api-keys/${id}`)).statusCode).toBeLessThan(300);
    const events = await auditOf(`api_key:${id}`);
    expect(events.map((event) => event.action)).toEqual(['api_key.revoked', 'api_key.created']);
    expect(events[1]!.details).toMatchObject({ name: 'audited key' });
    expect(JSON.stringify(events)).not.toContain(key);
  });

  it('records taxonomy changes and resets', async () => {
    const taxonomy = { version: 1, themes: [{ id: 'parking', label_en: 'Parking', label_zh: '停车', terms_zh: ['停车'], terms_en: ['parking'] }] };
    expect((await owner.put('/api/v1/text/taxonomy', taxonomy)).statusCode).toBe(200);
    expect((await owner.delete('/api/v1/text/taxonomy')).statusCode).toBe(200);
    const events = await auditOf(`org:${org.orgId}`);
    expect(events.map((event) => [event.action, event.details])).toEqual([
      ['taxonomy.reset', {}],
      ['taxonomy.updated', { themes: 1 }],
    ]);
  });

  it('is readable by owners and admins only', async () => {
    for (const role of ['analyst', 'agent', 'viewer'] as const) {
      expect((await (await org.as(role)).get('/api/v1/audit-log')).statusCode).toBe(403);
    }
    expect((await (await org.as('admin')).get('/api/v1/audit-log')).statusCode).toBe(200);
  });
});
