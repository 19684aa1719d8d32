// Notification channels against real receivers: a local HTTP listener standing in for signed webhooks
// and the WeCom / DingTalk / Feishu / Slack robots, and a real SMTP server for e-mail. Retries, the
// delivery log, throttling and the digest.
import { createHmac } from 'node:crypto';
import type { Runner } from 'graphile-worker';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDigests } from '../src/domain/notifications/send-digests.ts';
import { startWorker } from '../src/jobs/start-worker.ts';
import { startListener, type Listener } from './support/alerts-listener.ts';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';
import { startMailbox, type Mailbox } from './support/mail-servers.ts';

let testApp: TestApp;
let worker: Runner;
let listener: Listener;
let smtp: Mailbox;
let smtpPort: number;
const mails: Array<{ to: string[]; raw: string }> = [];
let org: TestOrg;
let owner: Client;

beforeAll(async () => {
  testApp = await startTestApp();
  worker = await startWorker(testApp.pool, pino({ level: 'silent' }), { concurrency: 4 });
  listener = await startListener();
  smtp = await startMailbox(mails);
  smtpPort = smtp.port;
  org = await createTestOrg(testApp);
  owner = await org.as('owner');
});
afterAll(async () => {
  await worker?.stop();
  await listener?.close();
  await smtp.close();
  await testApp?.close();
});

async function addChannel(payload: Record<string, unknown>): Promise<{ id: string; secret?: string }> {
  const response = await owner.post('/api/v1/notification-channels', payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const deliveriesOf = async (channelId: string) => (await owner.get(`/api/v1/notification-channels/${channelId}/deliveries`)).json().items as Array<Record<string, any>>;
const receivedAt = (path: string) => listener.received.filter((r) => r.path.split('?')[0] === path);

describe('signed webhooks', () => {
  it('retries a failed delivery with backoff and logs every attempt', async () => {
    const channel = await addChannel({ name: 'Flaky receiver', kind: 'webhook', config: { url: `${listener.url}/flaky` } });
    listener.failNext(1, 503);
    const test = await owner.post(`/api/v1/notification-channels/${channel.id}/test`);
    expect(test.statusCode).toBe(202);
    await expect.poll(async () => (await deliveriesOf(channel.id))[0]?.status, { timeout: 20_000, interval: 200 }).toBe('delivered');
    const [delivery] = await deliveriesOf(channel.id);
    expect(delivery).toMatchObject({ id: test.json().delivery_id, purpose: 'test', attempts: 2, response_code: 200 });
    expect(delivery!.error).toContain('HTTP 503');
    const [first, second] = receivedAt('/flaky');
    expect(second!.body).toBe(first!.body);
    // Each attempt is signed afresh, and both carry the same delivery id so receivers can de-duplicate.
    expect(second!.headers['x-openvoc-delivery']).toBe(first!.headers['x-openvoc-delivery']);
    const timestamp = second!.headers['x-openvoc-timestamp'] as string;
    expect(second!.headers['x-openvoc-signature']).toBe(`sha256=${createHmac('sha256', channel.secret!).update(`${timestamp}.${second!.body}`).digest('hex')}`);
  });

  it('keeps a delivery pending with its error while the receiver keeps failing', async () => {
    const channel = await addChannel({ name: 'Down', kind: 'webhook', config: { url: `${listener.url}/down` }, secret: 'my-own-secret-123' });
    listener.failNext(100, 500);
    await owner.post(`/api/v1/notification-channels/${channel.id}/test`);
    await expect.poll(async () => (await deliveriesOf(channel.id))[0]?.attempts, { timeout: 20_000, interval: 200 }).toBeGreaterThanOrEqual(1);
    expect((await deliveriesOf(channel.id))[0]).toMatchObject({ status: 'pending', response_code: 500 });
    listener.failNext(0);
  });
});

describe('chat robots', () => {
  it('sends WeCom, DingTalk, Feishu and Slack their documented message formats, signed where they sign', async () => {
    const wecom = await addChannel({ name: '企业微信群', kind: 'wecom', config: { url: `${listener.url}/wecom?key=abc` } });
    const dingtalk = await addChannel({ name: '钉钉群', kind: 'dingtalk', config: { url: `${listener.url}/dingtalk?access_token=t` }, secret: 'SECdingtalk-secret' });
    const feishu = await addChannel({ name: '飞书群', kind: 'feishu', config: { url: `${listener.url}/feishu` }, secret: 'feishu-secret' });
    const slack = await addChannel({ name: 'Slack #cx', kind: 'slack', config: { url: `${listener.url}/slack` } });
    for (const channel of [wecom, dingtalk, feishu, slack]) expect((await owner.post(`/api/v1/notification-channels/${channel.id}/test`)).statusCode).toBe(202);
    await expect.poll(() => ['/wecom', '/dingtalk', '/feishu', '/slack'].every((path) => receivedAt(path).length > 0), { timeout: 20_000, interval: 200 }).toBe(true);

    const wecomBody = JSON.parse(receivedAt('/wecom')[0]!.body);
    expect(wecomBody.msgtype).toBe('markdown');
    expect(wecomBody.markdown.content).toContain('OpenVoC test notification');

    const dingtalkRequest = receivedAt('/dingtalk')[0]!;
    const query = new URL(dingtalkRequest.path, 'http://x').searchParams;
    expect(query.get('access_token')).toBe('t');
    const expectedSign = createHmac('sha256', 'SECdingtalk-secret').update(`${query.get('timestamp')}\nSECdingtalk-secret`).digest('base64');
    expect(query.get('sign')).toBe(expectedSign);
    expect(JSON.parse(dingtalkRequest.body)).toMatchObject({ msgtype: 'markdown', markdown: { title: expect.stringContaining('测试通知') } });

    const feishuBody = JSON.parse(receivedAt('/feishu')[0]!.body);
    expect(feishuBody).toMatchObject({ msg_type: 'text', content: { text: expect.stringContaining('收到此消息') } });
    expect(feishuBody.sign).toBe(createHmac('sha256', `${feishuBody.timestamp}\nfeishu-secret`).update('').digest('base64'));

    const slackBody = JSON.parse(receivedAt('/slack')[0]!.body);
    expect(slackBody.blocks[0]).toMatchObject({ type: 'section', text: { type: 'mrkdwn' } });
    await expect.poll(async () => (await deliveriesOf(slack.id))[0]?.status, { timeout: 10_000 }).toBe('delivered');
  });

  it('counts a robot’s error code in a 200 answer as a failed attempt', async () => {
    const wecom = await addChannel({ name: 'Wrong key', kind: 'wecom', config: { url: `${listener.url}/wecom-refuses` } });
    listener.answer = '{"errcode":93000,"errmsg":"invalid webhook url"}';
    await owner.post(`/api/v1/notification-channels/${wecom.id}/test`);
    await expect.poll(async () => (await deliveriesOf(wecom.id))[0]?.error ?? null, { timeout: 20_000, interval: 200 }).toContain('93000');
    listener.answer = '{"errcode":0}';
  });
});

describe('e-mail', () => {
  it('sends through the organisation’s SMTP server configured in the delivery settings', async () => {
    const settings = await owner.put('/api/v1/survey-settings', { smtp: { host: '127.0.0.1', port: smtpPort, secure: false, from: 'OpenVoC <voc@example.com>' } });
    expect(settings.statusCode, settings.body).toBe(200);
    const email = await addChannel({ name: 'CX leads', kind: 'email', config: { to: ['lead@example.com', 'ops@example.com'] } });
    await owner.post(`/api/v1/notification-channels/${email.id}/test`);
    await expect.poll(() => mails.length, { timeout: 20_000, interval: 200 }).toBe(2);
    expect(mails.flatMap((mail) => mail.to).sort()).toEqual(['lead@example.com', 'ops@example.com']);
    expect(mails[0]!.raw).toMatch(/Subject: =\?UTF-8|Subject: \[OpenVoC info\]/);
    expect((await deliveriesOf(email.id))[0]).toMatchObject({ status: 'delivered', attempts: 1 });
  });
});

describe('throttling and digests', () => {
  it('holds back notifications past the hourly limit and sends them in the digest', async () => {
    const channel = await addChannel({ name: 'Throttled', kind: 'webhook', config: { url: `${listener.url}/throttled` } });
    const rule = await owner.post('/api/v1/alert-rules', {
      name: 'Any detractor',
      kind: 'item',
      dedup_minutes: 0,
      max_per_hour: 1,
      channel_ids: [channel.id],
      condition: { match: 'all', conditions: [{ field: 'nps', operator: 'lte', value: 6 }] },
    });
    expect(rule.statusCode).toBe(201);
    const ingest = apiKeyClient(testApp.app, await org.apiKey());
    await ingest.post('/api/v1/feedback/batch', { items: [1, 2, 3].map((nps) => ({ source: 'survey', channel: 'app', nps })) });
    await expect.poll(async () => (await deliveriesOf(channel.id)).map((d) => d.status).sort(), { timeout: 20_000, interval: 200 }).toEqual(['delivered', 'throttled', 'throttled']);
    expect(receivedAt('/throttled')).toHaveLength(1);
    expect((await (await org.as('viewer')).get('/api/v1/alerts')).json().items).toHaveLength(3);

    await sendDigests(testApp.pool, 'daily');
    await expect.poll(() => receivedAt('/throttled').length, { timeout: 20_000, interval: 200 }).toBe(2);
    const digest = JSON.parse(receivedAt('/throttled')[1]!.body);
    expect(digest).toMatchObject({ event: 'alert.digest', digest: { period: 'throttled' } });
    expect(digest.digest.alerts).toHaveLength(2);
    expect((await deliveriesOf(channel.id)).map((d) => d.status).sort()).toEqual(['delivered', 'delivered', 'digested', 'digested']);
  });
});

describe('period digests', () => {
  it('summarises the day’s alerts for a channel set to a daily digest, and nothing weekly', async () => {
    const channel = await addChannel({ name: 'Daily summary', kind: 'webhook', config: { url: `${listener.url}/daily` }, digest: 'daily' });
    await owner.post('/api/v1/alert-rules', {
      name: 'Very unhappy',
      kind: 'item',
      severity: 'critical',
      channel_ids: [channel.id],
      condition: { match: 'all', conditions: [{ field: 'nps', operator: 'eq', value: 0 }] },
    });
    const ingest = apiKeyClient(testApp.app, await org.apiKey());
    await ingest.post('/api/v1/feedback/batch', { items: [0, 0].map((nps) => ({ source: 'survey', channel: 'store', nps })) });
    await expect.poll(() => receivedAt('/daily').length, { timeout: 20_000, interval: 200 }).toBe(2);

    await sendDigests(testApp.pool, 'weekly');
    await sendDigests(testApp.pool, 'daily');
    await expect.poll(() => receivedAt('/daily').length, { timeout: 20_000, interval: 200 }).toBe(3);
    const digest = JSON.parse(receivedAt('/daily')[2]!.body);
    expect(digest).toMatchObject({ event: 'alert.digest', severity: 'critical', digest: { period: 'daily' } });
    expect(digest.digest.alerts.map((a: { rule_name: string }) => a.rule_name)).toEqual(['Very unhappy', 'Very unhappy']);
    // The next digest starts where this one ended.
    await sendDigests(testApp.pool, 'daily');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(receivedAt('/daily')).toHaveLength(3);
  });
});

describe('channel management', () => {
  it('updates a channel keeping its secret, and deletes it', async () => {
    const channel = await addChannel({ name: 'To edit', kind: 'webhook', config: { url: `${listener.url}/edit` } });
    const updated = await owner.put(`/api/v1/notification-channels/${channel.id}`, { name: 'Edited', kind: 'webhook', config: { url: `${listener.url}/edited` }, digest: 'weekly' });
    expect(updated.json()).toMatchObject({ name: 'Edited', has_secret: true, digest: 'weekly', config: { url: `${listener.url}/edited` } });
    expect((await owner.delete(`/api/v1/notification-channels/${channel.id}`)).statusCode).toBe(204);
    expect((await owner.get(`/api/v1/notification-channels/${channel.id}/deliveries`)).statusCode).toBe(404);
  });

  it.each([
    ['a non-http URL', { name: 'x', kind: 'webhook', config: { url: 'ftp://example.com' } }, 'config.url'],
    ['an e-mail channel without recipients', { name: 'x', kind: 'email', config: { to: [] } }, 'config.to'],
    ['an unknown kind', { name: 'x', kind: 'pager', config: {} }, 'kind'],
  ])('rejects %s', async (_case, payload, path) => {
    const response = await owner.post('/api/v1/notification-channels', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
  });
});
