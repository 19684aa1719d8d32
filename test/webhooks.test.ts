// Inbound webhooks: created by owners and admins with a secret shown once; deliveries are accepted only
// with a fresh, valid HMAC signature, are never accepted twice, and ingest like the batch API.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeWebhookReplays } from '../src/domain/webhooks/purge-webhook-replays.ts';
import { createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let org: TestOrg;
let owner: Client;
let webhook: { id: string; path: string; secret: string; key: string };

beforeAll(async () => {
  testApp = await startTestApp();
  org = await createTestOrg(testApp);
  owner = await org.as('owner');
  const created = await owner.post('/api/v1/webhooks', { name: 'Zendesk tickets', source: 'ticket', channel: 'call_centre' });
  expect(created.statusCode, created.body).toBe(201);
  webhook = created.json();
});
afterAll(() => testApp.close());

// Exactly what docs/webhooks.md tells senders to do.
function sign(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
  return { 'x-openvoc-timestamp': String(timestamp), 'x-openvoc-signature': signature, 'content-type': 'application/json' };
}

function deliver(body: string, headers: Record<string, string>, path = webhook.path) {
  return testApp.app.inject({ method: 'POST', url: path, payload: body, headers });
}

describe('inbound webhooks', () => {
  it('shows the secret once and never again', async () => {
    expect(webhook.secret).toMatch(/^whsec_/);
    expect(webhook.path).toMatch(/^\/api\/v1\/webhooks\/inbound\/whk_/);
    const list = (await owner.get('/api/v1/webhooks')).json();
    expect(list.items[0]).toMatchObject({ id: webhook.id, name: 'Zendesk tickets', source: 'ticket', channel: 'call_centre' });
    expect(JSON.stringify(list)).not.toContain(webhook.secret);
  });

  it('accepts a signed item, filling source and channel from the webhook', async () => {
    const body = JSON.stringify({ external_id: 'ZD-1', text: '退款申请提交一周了还没有处理', csat: 1, identifiers: { phone: '13812345678' } });
    const response = await deliver(body, sign(webhook.secret, body));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ created: 1, duplicates: 0 });
    const { rows } = await testApp.pool.query(`SELECT source, channel, customer_id FROM feedback WHERE org_id = $1 AND external_id = 'ZD-1'`, [org.orgId]);
    expect(rows[0]).toMatchObject({ source: 'ticket', channel: 'call_centre' });
    expect(rows[0].customer_id).not.toBeNull();
    const list = (await owner.get('/api/v1/webhooks')).json();
    expect(list.items[0].last_used_at).not.toBeNull();
  });

  it('accepts {items: [...]} batches, idempotent on external_id, with items choosing their own channel', async () => {
    const body = JSON.stringify({ items: [{ external_id: 'ZD-1', text: 'again' }, { external_id: 'ZD-2', text: 'WeChat follow-up', channel: 'wechat', source: 'chat' }] });
    const response = await deliver(body, sign(webhook.secret, body));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ created: 1, duplicates: 1 });
  });

  it('refuses a wrong signature, a missing one, a stale or future timestamp, and a replay', async () => {
    const body = JSON.stringify({ external_id: 'ZD-3', text: 'hello' });
    expect((await deliver(body, sign('whsec_wrong', body))).statusCode).toBe(401);
    expect((await deliver(body, { 'content-type': 'application/json' })).statusCode).toBe(401);
    const tampered = sign(webhook.secret, body);
    expect((await deliver(body.replace('hello', 'HELLO'), tampered)).json().error.code).toBe('invalid_signature');
    const old = await deliver(body, sign(webhook.secret, body, Math.floor(Date.now() / 1000) - 6 * 60));
    expect(old.statusCode).toBe(401);
    expect(old.json().error.message).toContain('old');
    expect((await deliver(body, sign(webhook.secret, body, Math.floor(Date.now() / 1000) + 6 * 60))).statusCode).toBe(401);

    const headers = sign(webhook.secret, body);
    expect((await deliver(body, headers)).statusCode).toBe(200);
    const replay = await deliver(body, headers);
    expect(replay.statusCode).toBe(409);
    expect(replay.json().error.code).toBe('request_replayed');
  });

  it('reports invalid items like the batch API, and lets the corrected delivery through', async () => {
    const body = JSON.stringify({ items: [{ external_id: 'ZD-4', nps: 12 }] });
    const response = await deliver(body, sign(webhook.secret, body));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([{ path: 'items[0].nps', message: 'Too big: expected number to be <=10' }]);
    const notJson = '{"external_id": ';
    expect((await deliver(notJson, sign(webhook.secret, notJson))).statusCode).toBe(400);
  });

  it('refuses unknown and revoked webhooks', async () => {
    const body = JSON.stringify({ text: 'hi' });
    expect((await deliver(body, sign(webhook.secret, body), '/api/v1/webhooks/inbound/whk_doesnotexist12345')).statusCode).toBe(404);
    const other = (await owner.post('/api/v1/webhooks', { name: 'Old form', source: 'review', channel: 'website' })).json();
    expect((await owner.delete(`/api/v1/webhooks/${other.id}`)).json().revoked_at).not.toBeNull();
    expect((await deliver(body, sign(other.secret, body), other.path)).statusCode).toBe(404);
  });

  it('lets only owners and admins manage webhooks, and audits it', async () => {
    for (const role of ['analyst', 'agent', 'viewer'] as const) {
      const client = await org.as(role);
      expect((await client.get('/api/v1/webhooks')).statusCode).toBe(403);
      expect((await client.post('/api/v1/webhooks', { name: 'x', source: 'review', channel: 'website' })).statusCode).toBe(403);
    }
    expect((await owner.post('/api/v1/webhooks', { name: 'x', source: 'review', channel: 'fax' })).statusCode).toBe(400);
    const actions = (await owner.get('/api/v1/audit-log?action=webhook.created')).json().items;
    expect(actions.length).toBeGreaterThanOrEqual(2);
  });

  it('forgets signatures once they are too old to be replayed', async () => {
    const purged = await purgeWebhookReplays(testApp.pool, new Date(Date.now() + 60 * 60_000));
    expect(purged).toBeGreaterThan(0);
  });
});
