// Sending surveys by e-mail (to a real SMTP server started here) and SMS (to a real HTTP webhook on
// 127.0.0.1): templates, throttled batches, reminders, opt-out, and the sent / opened / started /
// completed funnel.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverInvitations } from '../src/domain/surveys/deliver-invitations.ts';
import { startWorker } from '../src/jobs/start-worker.ts';
import { createSurvey, expectError, npsSurvey, session } from './surveys-fixtures.ts';
import { createTestOrg, startTestApp, type Client, type TestApp } from './support/test-app.ts';
import { startMailbox, type Mail, type Mailbox } from './support/mail-servers.ts';

let testApp: TestApp;
let smtp: Mailbox;
let smtpPort: number;
let webhook: Server;
let webhookUrl: string;
const mails: Mail[] = [];
const smsBodies: Array<{ headers: IncomingMessage['headers']; body: any }> = [];
let smsStatus = 200;

beforeAll(async () => {
  testApp = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
  smtp = await startMailbox(mails);
  smtpPort = smtp.port;
  webhook = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk));
    request.on('end', () => {
      smsBodies.push({ headers: request.headers, body: JSON.parse(body) });
      response.statusCode = smsStatus;
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
  webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/send`;
});

afterAll(async () => {
  await smtp.close();
  await new Promise<void>((resolve) => webhook.close(() => resolve()));
  await testApp.close();
});

async function orgWithSettings() {
  const org = await createTestOrg(testApp);
  const owner = await org.as('owner');
  const saved = await owner.put('/api/v1/survey-settings', {
    public_url: 'http://voc.test',
    smtp: { host: '127.0.0.1', port: smtpPort, secure: false, from: 'OpenVoC <voc@example.com>' },
    sms: { url: webhookUrl, headers: { 'x-api-key': 'k-123' }, body_template: '{"mobile":"{{to}}","content":"{{text}}"}' },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const survey = await createSurvey(owner);
  return { org, owner, survey };
}

async function send(owner: Client, surveyId: string, body: object) {
  const response = await owner.post(`/api/v1/surveys/${surveyId}/distributions`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; counts: Record<string, number> };
}

const counts = async (owner: Client, id: string) => (await owner.get(`/api/v1/distributions/${id}`)).json().counts;
const mailTo = (address: string) => mails.filter((mail) => mail.to.includes(address));
// Quoted-printable soft breaks (=\r\n) and =3D would split and mangle the links.
const decoded = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
const tokenIn = (text: string, prefix: string) => decoded(text).match(new RegExp(`http://voc\\.test/${prefix}/([A-Za-z0-9_.-]+)`))![1]!;

describe('e-mail distribution', () => {
  it('sends personal links by e-mail, tracks opened / started / completed, and turns answers into feedback', async () => {
    const { org, owner, survey } = await orgWithSettings();
    const distribution = await send(owner, survey.id, {
      channel: 'email',
      lang: 'en',
      recipients: [{ address: 'Wang.Fang@Example.com', identifiers: { member_id: 'M-7', name: 'Wang Fang' } }, { address: 'li@example.com' }, { address: 'li@example.com' }],
    });
    expect(distribution.counts).toMatchObject({ total: 2, sent: 0 });
    expect(await deliverInvitations(testApp.pool, org.orgId, distribution.id)).toEqual({ sent: 2, optedOut: 0, failed: 0, remaining: false });

    const [mail] = mailTo('wang.fang@example.com');
    expect(mail).toBeDefined();
    const text = decoded(mail!.raw);
    expect(text).toContain('Subject: A minute of your time: How was your purchase?');
    expect(text).toContain('Hello Wang Fang');
    expect(text).toContain('http://voc.test/o/');
    expect(text).toContain('http://voc.test/p/');
    const token = tokenIn(mail!.raw, 's');
    expect(await counts(owner, distribution.id)).toMatchObject({ sent: 2, opened: 0, started: 0, completed: 0 });

    const pixel = await testApp.app.inject({ method: 'GET', url: `/p/${token}.gif` });
    expect(pixel.headers['content-type']).toBe('image/gif');
    expect(await counts(owner, distribution.id)).toMatchObject({ opened: 1, started: 0 });
    const post = (payload: object) => testApp.app.inject({ method: 'POST', url: `/s/${token}/responses`, payload });
    expect((await post({ answers: { nps: 6 }, session: session('m') })).statusCode).toBe(200);
    expect(await counts(owner, distribution.id)).toMatchObject({ opened: 1, started: 1, completed: 0 });
    expect((await post({ answers: { nps: 6, why: 'The parcel arrived late' }, completed: true, lang: 'en', session: session('m') })).statusCode).toBe(200);
    expect(await counts(owner, distribution.id)).toMatchObject({ opened: 1, started: 1, completed: 1 });

    const items = (await owner.get('/api/v1/feedback?source=survey')).json().items;
    expect(items).toMatchObject([{ channel: 'email', nps: 6, identifiers: { email: 'wang.fang@example.com', member_id: 'M-7', name: 'Wang Fang' } }]);

    // A reminder goes only to the recipient who has not answered.
    mails.length = 0;
    expect(await deliverInvitations(testApp.pool, org.orgId, distribution.id, 'reminder')).toMatchObject({ sent: 1 });
    expect(mails.map((m) => m.to)).toEqual([['li@example.com']]);
    expect(decoded(mails[0]!.raw)).toContain('Subject: Reminder:');
    expect(await deliverInvitations(testApp.pool, org.orgId, distribution.id, 'reminder')).toMatchObject({ sent: 0 });
  });

  it('sends no reminders once the survey is closed', async () => {
    const { org, owner, survey } = await orgWithSettings();
    const distribution = await send(owner, survey.id, { channel: 'email', reminder_after_hours: 24, recipients: [{ address: 'late@example.com' }] });
    const reminder = await testApp.pool.query(`SELECT run_at FROM graphile_worker.jobs WHERE task_identifier = 'surveys:send_reminders' AND run_at > now() + interval '23 hours'`);
    expect(reminder.rowCount).toBeGreaterThanOrEqual(1);
    await deliverInvitations(testApp.pool, org.orgId, distribution.id);
    expect((await owner.patch(`/api/v1/surveys/${survey.id}`, { status: 'closed' })).statusCode).toBe(200);
    const before = mailTo('late@example.com').length;
    expect(await deliverInvitations(testApp.pool, org.orgId, distribution.id, 'reminder')).toMatchObject({ sent: 0 });
    expect(mailTo('late@example.com')).toHaveLength(before);
  });

  it('honours opt-out: the recipient clicks, later sends skip and count them', async () => {
    const { org, owner, survey } = await orgWithSettings();
    const first = await send(owner, survey.id, { channel: 'email', recipients: [{ address: 'quit@example.com' }] });
    await deliverInvitations(testApp.pool, org.orgId, first.id);
    const optOutToken = tokenIn(mailTo('quit@example.com').at(-1)!.raw, 'o');
    const form = await testApp.app.inject({ method: 'GET', url: `/o/${optOutToken}` });
    expect(form.body).toContain('data-testid="opt-out-submit"');
    const done = await testApp.app.inject({ method: 'POST', url: `/o/${optOutToken}`, payload: 'confirm=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('data-testid="opt-out-done"');

    const before = mailTo('quit@example.com').length;
    const second = await send(owner, survey.id, { channel: 'email', recipients: [{ address: 'QUIT@example.com' }, { address: 'stay@example.com' }] });
    expect(await deliverInvitations(testApp.pool, org.orgId, second.id)).toMatchObject({ sent: 1, optedOut: 1 });
    expect(mailTo('quit@example.com')).toHaveLength(before);
    expect(await counts(owner, second.id)).toMatchObject({ total: 2, sent: 1, opted_out: 1 });
  });

  it('throttles: sends at most per_minute per batch and re-queues itself for the rest', async () => {
    const { org, owner, survey } = await orgWithSettings();
    const distribution = await send(owner, survey.id, { channel: 'email', per_minute: 2, recipients: ['a', 'b', 'c'].map((n) => ({ address: `${n}-throttle@example.com` })) });
    expect(await deliverInvitations(testApp.pool, org.orgId, distribution.id)).toMatchObject({ sent: 2, remaining: true });
    const queued = await testApp.pool.query(`SELECT run_at FROM graphile_worker.jobs WHERE key = $1 AND run_at > now() + interval '30 seconds'`, [`surveys:send_invitations:${distribution.id}`]);
    expect(queued.rowCount).toBe(1);
    expect(await deliverInvitations(testApp.pool, org.orgId, distribution.id)).toMatchObject({ sent: 1, remaining: false });
    expect(await counts(owner, distribution.id)).toMatchObject({ total: 3, sent: 3 });
  });

  it('is sent by the job worker, queued with the distribution', async () => {
    const { owner, survey } = await orgWithSettings();
    const runner = await startWorker(testApp.pool, pino({ level: 'silent' }), { concurrency: 1 });
    try {
      await send(owner, survey.id, { channel: 'email', recipients: [{ address: 'worker@example.com' }] });
      await expect.poll(() => mailTo('worker@example.com').length, { timeout: 20_000 }).toBe(1);
    } finally {
      await runner.stop();
    }
  });
});

describe('SMS distribution', () => {
  it('posts the filled template to the webhook with its headers, and records failures', async () => {
    const { org, owner, survey } = await orgWithSettings();
    const distribution = await send(owner, survey.id, { channel: 'sms', recipients: [{ address: '138 0013 8000' }] });
    expect(await deliverInvitations(testApp.pool, org.orgId, distribution.id)).toMatchObject({ sent: 1 });
    const sms = smsBodies.at(-1)!;
    expect(sms.headers['x-api-key']).toBe('k-123');
    expect(sms.body.mobile).toBe('+8613800138000');
    expect(sms.body.content).toMatch(/^请评价本次服务：http:\/\/voc\.test\/s\/\S+ 退订：http:\/\/voc\.test\/o\//);

    // A refusal of this message (4xx) is final for it.
    smsStatus = 400;
    try {
      const refused = await send(owner, survey.id, { channel: 'sms', recipients: [{ address: '+8613900139000' }] });
      expect(await deliverInvitations(testApp.pool, org.orgId, refused.id)).toMatchObject({ sent: 0, failed: 1, remaining: false });
      expect(await counts(owner, refused.id)).toMatchObject({ failed: 1, sent: 0 });
    } finally {
      smsStatus = 200;
    }
  });

  it('keeps invitations pending while the gateway is down, and sends them when it is back', async () => {
    const { org, owner, survey } = await orgWithSettings();
    const distribution = await send(owner, survey.id, { channel: 'sms', recipients: [{ address: '+8613700137000' }, { address: '+8613700137001' }] });
    smsStatus = 503;
    try {
      expect(await deliverInvitations(testApp.pool, org.orgId, distribution.id)).toMatchObject({ sent: 0, failed: 0, remaining: true });
      expect(await counts(owner, distribution.id)).toMatchObject({ total: 2, sent: 0, failed: 0 });
    } finally {
      smsStatus = 200;
    }
    expect(await deliverInvitations(testApp.pool, org.orgId, distribution.id)).toMatchObject({ sent: 2, remaining: false });
  });
});

describe('distribution validation and permissions', () => {
  it.each([
    ['no recipients', { channel: 'email', recipients: [] }, 'recipients'],
    ['a bad e-mail address', { channel: 'email', recipients: [{ address: 'not-an-email' }] }, 'recipients[0].address'],
    ['a bad phone number', { channel: 'sms', recipients: [{ address: '12' }] }, 'recipients[0].address'],
    ['a template without the link', { channel: 'email', template: 'Hello!', recipients: [{ address: 'a@example.com' }] }, 'template'],
    ['an unknown channel', { channel: 'fax', recipients: [{ address: 'a@example.com' }] }, 'channel'],
    ['an absurd throttle', { channel: 'email', per_minute: 0, recipients: [{ address: 'a@example.com' }] }, 'per_minute'],
  ])('refuses %s', async (_case, body, path) => {
    const { owner, survey } = await orgWithSettings();
    expectError(await owner.post(`/api/v1/surveys/${survey.id}/distributions`, body), 400, 'validation_failed', path);
    expect((await owner.get(`/api/v1/surveys/${survey.id}/distributions`)).json().items).toEqual([]);
  });

  it('refuses to send a survey that is not open, or without SMTP settings', async () => {
    const { owner } = await orgWithSettings();
    const draft = await createSurvey(owner, npsSurvey({ status: 'draft' }));
    expectError(await owner.post(`/api/v1/surveys/${draft.id}/distributions`, { channel: 'email', recipients: [{ address: 'a@example.com' }] }), 409, 'survey_not_deliverable');
    const bare = await (await createTestOrg(testApp)).as('owner');
    const open = await createSurvey(bare);
    expectError(await bare.post(`/api/v1/surveys/${open.id}/distributions`, { channel: 'email', recipients: [{ address: 'a@example.com' }] }), 409, 'survey_not_deliverable');
  });

  it('lets analysts send and viewers only watch', async () => {
    const { org, survey } = await orgWithSettings();
    const analyst = await org.as('analyst');
    const viewer = await org.as('viewer');
    const body = { channel: 'email', recipients: [{ address: 'x@example.com' }] };
    expect((await analyst.post(`/api/v1/surveys/${survey.id}/distributions`, body)).statusCode).toBe(201);
    expectError(await viewer.post(`/api/v1/surveys/${survey.id}/distributions`, body), 403, 'forbidden');
    expect((await viewer.get(`/api/v1/surveys/${survey.id}/distributions`)).json().items).toHaveLength(1);
  });
});
