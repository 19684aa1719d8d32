// Item alert rules end to end: the feedback trigger enqueues evaluation, the worker raises the alert and
// delivers a signed webhook to a real HTTP listener; the inbox lists it and people act on it.
import { createHmac } from 'node:crypto';
import type { Runner } from 'graphile-worker';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '../src/jobs/start-worker.ts';
import { startListener, type Listener } from './support/alerts-listener.ts';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let worker: Runner;
let listener: Listener;
let org: TestOrg;
let owner: Client;
let ingest: Client;
let channel: { id: string; secret: string };
let ruleId: string;

const churnRule = (channelIds: string[]) => ({
  name: 'Detractor about to leave',
  kind: 'item',
  severity: 'critical',
  dedup_minutes: 60,
  max_per_hour: 100,
  channel_ids: channelIds,
  condition: {
    match: 'all',
    conditions: [{ field: 'nps', operator: 'lte', value: 6 }],
    groups: [{ match: 'any', conditions: [{ field: 'text', operator: 'contains_any', value: ['退订', '销户', 'cancel'] }, { field: 'customer_tier', operator: 'eq', value: 'vip' }] }],
  },
});

const webhookBodies = () => listener.received.filter((r) => r.path === '/hook').map((r) => JSON.parse(r.body));
const alertsOf = async (client: Client, query = '') => (await client.get(`/api/v1/alerts${query}`)).json().items as Array<Record<string, any>>;

beforeAll(async () => {
  testApp = await startTestApp();
  worker = await startWorker(testApp.pool, pino({ level: 'silent' }), { concurrency: 4 });
  listener = await startListener();
  org = await createTestOrg(testApp);
  owner = await org.as('owner');
  ingest = apiKeyClient(testApp.app, await org.apiKey());
  const created = await owner.post('/api/v1/notification-channels', { name: 'Ops webhook', kind: 'webhook', config: { url: `${listener.url}/hook` } });
  expect(created.statusCode).toBe(201);
  channel = created.json();
  expect(channel.secret).toMatch(/^whsec_/);
  const rule = await owner.post('/api/v1/alert-rules', churnRule([channel.id]));
  expect(rule.statusCode).toBe(201);
  ruleId = rule.json().id;
});
afterAll(async () => {
  await worker?.stop();
  await listener?.close();
  await testApp?.close();
});

describe('item rules', () => {
  it('raises an alert for a matching item and delivers a signed webhook', async () => {
    const item = await ingest.post('/api/v1/feedback', { source: 'survey', channel: 'app', nps: 2, text: '再这样我就要销户了', identifiers: { email: 'li@example.com' } });
    expect(item.statusCode).toBe(201);
    await expect.poll(() => webhookBodies().length, { timeout: 20_000, interval: 100 }).toBe(1);

    const request = listener.received.find((r) => r.path === '/hook')!;
    const timestamp = request.headers['x-openvoc-timestamp'] as string;
    const expected = `sha256=${createHmac('sha256', channel.secret).update(`${timestamp}.${request.body}`).digest('hex')}`;
    expect(request.headers['x-openvoc-signature']).toBe(expected);
    expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(300);
    const body = JSON.parse(request.body);
    expect(body).toMatchObject({ event: 'alert.raised', severity: 'critical', alert: { rule_id: ruleId, rule_name: 'Detractor about to leave', feedback_ids: [item.json().id] } });
    expect(body.lines.join('\n')).toContain('NPS 2');

    const [alert] = await alertsOf(owner);
    expect(alert).toMatchObject({ id: body.alert.id, status: 'open', count: 1, severity: 'critical', rule: { id: ruleId } });
    expect(alert!.customer_id).toBe(item.json().customer_id);
  });

  it('matches VIP customers through metadata.tier, and ignores items that do not match', async () => {
    await ingest.post('/api/v1/feedback/batch', {
      items: [
        { source: 'survey', channel: 'store', nps: 5, text: 'slow checkout', metadata: { tier: 'VIP' } },
        { source: 'survey', channel: 'store', nps: 9, text: 'I will cancel nothing, all good' },
        { source: 'survey', channel: 'store', nps: 4, text: 'slow checkout' },
      ],
    });
    await expect.poll(() => webhookBodies().length, { timeout: 20_000, interval: 100 }).toBe(2);
    expect(webhookBodies()[1].lines.join('\n')).toContain('channel: store');
    // Give the worker time to (wrongly) raise the others before counting.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await alertsOf(owner)).toHaveLength(2);
  });

  it('de-duplicates the same customer within the window into one alert with a count', async () => {
    await ingest.post('/api/v1/feedback', { source: 'chat', channel: 'app', nps: 1, text: '我要退订', identifiers: { email: 'li@example.com' } });
    await expect.poll(async () => (await alertsOf(owner)).find((a) => a.count === 2)?.feedback_ids.length, { timeout: 20_000, interval: 100 }).toBe(2);
    expect(await alertsOf(owner)).toHaveLength(2);
    expect(webhookBodies()).toHaveLength(2);
  });
});

describe('de-duplication within one batch', () => {
  it('counts repeats of one customer in the same batch on one alert, notified once', async () => {
    const before = webhookBodies().length;
    const response = await ingest.post('/api/v1/feedback/batch', {
      items: [
        // The same moment for both: the later in the batch counts as the latest.
        { source: 'chat', channel: 'wechat', nps: 2, text: 'cancel my plan', identifiers: { phone: '13900000009' }, occurred_at: '2026-03-01T10:00:00Z' },
        { source: 'chat', channel: 'wechat', nps: 0, text: 'I said cancel!', identifiers: { phone: '13900000009' }, occurred_at: '2026-03-01T10:00:00Z' },
      ],
    });
    const ids = response.json().items.map((item: { id: string }) => item.id);
    await expect.poll(() => webhookBodies().length, { timeout: 20_000, interval: 100 }).toBe(before + 1);
    const alert = (await alertsOf(owner)).find((a) => a.feedback_ids.includes(ids[0]));
    expect(alert).toMatchObject({ count: 2, feedback_ids: [ids[1], ids[0]] });
    expect(webhookBodies().at(-1).alert).toMatchObject({ count: 2, feedback_ids: [ids[1], ids[0]] });
  });
});

describe('bulk inserts', () => {
  it('evaluates a statement inserting more items than one job takes (imports), in several jobs', async () => {
    const bulk = await createTestOrg(testApp);
    const bulkOwner = await bulk.as('owner');
    const rule = await bulkOwner.post('/api/v1/alert-rules', { name: 'Zero', kind: 'item', dedup_minutes: 0, max_per_hour: 1, condition: { match: 'all', conditions: [{ field: 'nps', operator: 'eq', value: 0 }] } });
    expect(rule.statusCode).toBe(201);
    await testApp.pool.query(
      `INSERT INTO feedback (org_id, source, channel, occurred_at, nps, analysis_version)
       SELECT $1, 'import', 'app', now(), CASE WHEN i % 2 = 0 THEN 0 ELSE 9 END, 1 FROM generate_series(1, 2500) AS i`,
      [bulk.orgId],
    );
    await expect.poll(async () => (await bulkOwner.get('/api/v1/alerts?limit=200')).json().items.length, { timeout: 30_000, interval: 250 }).toBe(200);
    await expect.poll(async () => (await testApp.pool.query(`SELECT count(*)::int AS n FROM alerts WHERE org_id = $1`, [bulk.orgId])).rows[0].n, { timeout: 30_000, interval: 250 }).toBe(1250);
  });
});

describe('the alert inbox', () => {
  it('lets an agent acknowledge, snooze and resolve; filters follow', async () => {
    const agent = await org.as('agent');
    const [alert] = await alertsOf(agent);
    const ack = await agent.patch(`/api/v1/alerts/${alert!.id}`, { action: 'acknowledge' });
    expect(ack.statusCode).toBe(200);
    expect(ack.json()).toMatchObject({ status: 'acknowledged' });
    expect(ack.json().acknowledged_at).not.toBeNull();

    const until = new Date(Date.now() + 3_600_000).toISOString();
    expect((await agent.patch(`/api/v1/alerts/${alert!.id}`, { action: 'snooze', until })).json()).toMatchObject({ status: 'snoozed', snoozed_until: until });
    expect((await alertsOf(agent, '?status=snoozed')).map((a) => a.id)).toEqual([alert!.id]);
    expect((await alertsOf(agent, '?status=open')).map((a) => a.id)).not.toContain(alert!.id);

    expect((await agent.patch(`/api/v1/alerts/${alert!.id}`, { action: 'resolve' })).json()).toMatchObject({ status: 'resolved' });
    expect((await alertsOf(agent, '?status=active')).map((a) => a.id)).not.toContain(alert!.id);
  });

  it.each([
    ['a snooze in the past', { action: 'snooze', until: '2020-01-01T00:00:00Z' }, 'until'],
    ['an unknown action', { action: 'escalate' }, 'action'],
  ])('rejects %s with 400', async (_case, payload, path) => {
    const [alert] = await alertsOf(owner);
    const response = await owner.patch(`/api/v1/alerts/${alert!.id}`, payload);
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().error)).toContain(path);
  });

  it('lets a viewer read alerts but not act on them', async () => {
    const viewer = await org.as('viewer');
    const alerts = await alertsOf(viewer);
    expect(alerts.length).toBeGreaterThan(0);
    expect((await viewer.patch(`/api/v1/alerts/${alerts[0]!.id}`, { action: 'acknowledge' })).statusCode).toBe(403);
  });
});

describe('rules and channels', () => {
  it.each(['analyst', 'agent', 'viewer'] as const)('refuses rule and channel changes by a %s', async (role) => {
    const client = await org.as(role);
    expect((await client.post('/api/v1/alert-rules', churnRule([]))).statusCode).toBe(403);
    expect((await client.delete(`/api/v1/alert-rules/${ruleId}`)).statusCode).toBe(403);
    expect((await client.get('/api/v1/notification-channels')).statusCode).toBe(403);
    expect((await client.post('/api/v1/notification-channels', { name: 'x', kind: 'slack', config: { url: 'https://hooks.slack.com/x' } })).statusCode).toBe(403);
  });

  it.each([
    ['an unknown field', { ...churnRule([]), condition: { match: 'all', conditions: [{ field: 'mood', operator: 'eq', value: 1 }] } }, 'condition.conditions[0].field'],
    ['no conditions', { ...churnRule([]), condition: { match: 'all', conditions: [] } }, 'condition.conditions'],
    ['a list operator without a list', { ...churnRule([]), condition: { match: 'all', conditions: [{ field: 'text', operator: 'contains_any', value: 'cancel' }] } }, 'condition.conditions[0].value'],
    ['an unknown aggregate test', { ...churnRule([]), kind: 'aggregate', condition: { test: 'csat_wobble' } }, 'condition.test'],
  ])('rejects a rule with %s naming the field', async (_case, payload, path) => {
    const response = await owner.post('/api/v1/alert-rules', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('lists rules with their routing and never returns channel secrets', async () => {
    const rules = (await (await org.as('analyst')).get('/api/v1/alert-rules')).json().items;
    expect(rules).toEqual([expect.objectContaining({ id: ruleId, channel_ids: [channel.id], kind: 'item' })]);
    const channels = (await owner.get('/api/v1/notification-channels')).body;
    expect(channels).toContain('"has_secret":true');
    expect(channels).not.toContain(channel.secret);
  });

  it('keeps organisations apart: another org cannot see, act on, or route to these', async () => {
    const other = await (await createTestOrg(testApp)).as('owner');
    const [alert] = await alertsOf(owner);
    expect(await alertsOf(other)).toEqual([]);
    expect((await other.get(`/api/v1/alerts/${alert!.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/v1/alerts/${alert!.id}`, { action: 'acknowledge' })).statusCode).toBe(404);
    expect((await other.put(`/api/v1/alert-rules/${ruleId}`, churnRule([]))).statusCode).toBe(404);
    expect((await other.delete(`/api/v1/notification-channels/${channel.id}`)).statusCode).toBe(404);
    expect((await other.post(`/api/v1/notification-channels/${channel.id}/test`)).statusCode).toBe(404);
    const routed = await other.post('/api/v1/alert-rules', churnRule([channel.id]));
    expect(routed.statusCode).toBe(400);
    expect(routed.json().error.details[0].path).toBe('channel_ids');
  });

  it('deletes a rule with its alerts', async () => {
    const temp = (await owner.post('/api/v1/alert-rules', { ...churnRule([]), name: 'Temp' })).json();
    expect((await owner.delete(`/api/v1/alert-rules/${temp.id}`)).statusCode).toBe(204);
    expect((await owner.delete(`/api/v1/alert-rules/${temp.id}`)).statusCode).toBe(404);
  });
});
