// The scheduled summary e-mail against a real SMTP server: settings validation and permissions per
// role, "send now" with the figures the overview API shows, escaping of user text, and the daily /
// weekly cron fanning out to one job per organisation that a retry cannot send twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/domain/actor.ts';
import { evaluateNewFeedback } from '../src/domain/alerts/evaluate-new-feedback.ts';
import { enqueueDueSummaries } from '../src/domain/metrics/enqueue-due-summaries.ts';
import { sendSummaryEmail, summaryPeriod } from '../src/domain/metrics/send-summary-email.ts';
import { expectError } from './support/journey-fixtures.ts';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';
import { startMailbox, type Mailbox } from './support/mail-servers.ts';

let testApp: TestApp;
let smtp: Mailbox;
let smtpPort: number;
const mails: Array<{ to: string[]; raw: string }> = [];
let org: TestOrg;
let owner: Client;

const NOW = new Date();
const WEEK = summaryPeriod('weekly', NOW);
const day = (offset: number) => new Date(Date.parse(`${WEEK.to}T12:00:00Z`) - offset * 86_400_000).toISOString();

beforeAll(async () => {
  testApp = await startTestApp();
  smtp = await startMailbox(mails);
  smtpPort = smtp.port;
  org = await createTestOrg(testApp);
  owner = await org.as('owner');
  const ingest = apiKeyClient(testApp.app, await org.apiKey());
  // This week (days 0–6 before the end of the period) and the week before it (days 7–13).
  const items = Array.from({ length: 140 }, (_, i) => ({
    source: 'survey',
    channel: i % 2 ? 'app' : 'store',
    occurred_at: day(i % 14),
    nps: i % 14 < 7 ? (i * 7) % 11 : 9 + (i % 2),
    csat: 1 + ((i * 3) % 5),
    text: i % 5 === 0 ? 'Booked a test drive in the app, but when I arrived at the store they said there was no booking on record.' : undefined,
  }));
  expect((await ingest.post('/api/v1/feedback/batch', { items })).statusCode).toBe(200);
  // Two open alerts from an item rule that fires on every detractor mentioning "booking".
  const rule = await owner.post('/api/v1/alert-rules', {
    name: 'Booking <b>complaints</b>',
    kind: 'item',
    severity: 'warning',
    dedup_minutes: 0,
    max_per_hour: 100,
    condition: { match: 'all', conditions: [{ field: 'text', operator: 'contains_any', value: ['booking'] }], groups: [] },
  });
  expect(rule.statusCode, rule.body).toBe(201);
  const alerted = await ingest.post('/api/v1/feedback/batch', {
    items: [0, 1].map((i) => ({ source: 'survey', channel: 'app', occurred_at: day(20 + i), nps: 1, text: 'No booking record again' })),
  });
  await evaluateNewFeedback(testApp.pool, org.orgId, alerted.json().items.map((item: { id: string }) => item.id));
}, 120_000);
afterAll(async () => {
  await smtp.close();
  await testApp?.close();
});

const validSchedule = { enabled: true, frequency: 'weekly', recipients: ['cx-lead@example.com', 'ops@example.com'], language: 'en' };

async function configureSmtp(client: Client) {
  const saved = await client.put('/api/v1/survey-settings', { public_url: 'http://voc.test', smtp: { host: '127.0.0.1', port: smtpPort, secure: false, from: 'OpenVoC <voc@example.com>' } });
  expect(saved.statusCode, saved.body).toBe(200);
}

/** The decoded text and HTML parts of a raw MIME message (quoted-printable or base64). */
function partsOf(raw: string): { text: string; html: string } {
  const parts: Record<string, string> = { text: '', html: '' };
  for (const chunk of raw.split(/\r?\n--[^\r\n]+\r?\n/)) {
    const match = /Content-Type: text\/(plain|html)[\s\S]*?Content-Transfer-Encoding: ([\w-]+)\r?\n\r?\n([\s\S]*)/i.exec(chunk);
    if (!match) continue;
    const [, kind, encoding, body] = match as unknown as [string, string, string, string];
    const decoded = /base64/i.test(encoding)
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : /quoted-printable/i.test(encoding)
        ? Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8')
        : body;
    parts[kind === 'plain' ? 'text' : 'html'] = decoded;
  }
  return { text: parts.text!, html: parts.html! };
}

describe('summary schedule settings', () => {
  it('starts disabled, saves and reads back the schedule', async () => {
    expect((await owner.get('/api/v1/metrics/summary-schedule')).json()).toEqual({ enabled: false, frequency: 'weekly', recipients: [], language: 'en', last_sent_at: null });
    const saved = await owner.put('/api/v1/metrics/summary-schedule', { ...validSchedule, language: 'zh-CN', frequency: 'daily' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ enabled: true, frequency: 'daily', recipients: validSchedule.recipients, language: 'zh-CN' });
    expect((await owner.get('/api/v1/metrics/summary-schedule')).json()).toMatchObject({ frequency: 'daily', language: 'zh-CN' });
  });

  it.each([
    [{ ...validSchedule, recipients: ['not an address'] }, 'recipients[0]'],
    [{ ...validSchedule, recipients: [] }, 'recipients'],
    [{ ...validSchedule, recipients: ['a@example.com', 'A@example.com'] }, 'recipients'],
    [{ ...validSchedule, recipients: Array.from({ length: 21 }, (_, i) => `p${i}@example.com`) }, 'recipients'],
    [{ ...validSchedule, frequency: 'hourly' }, 'frequency'],
    [{ ...validSchedule, language: 'fr' }, 'language'],
    [{ ...validSchedule, enabled: 'yes' }, 'enabled'],
    [{ ...validSchedule, extra: 1 }, ''],
  ])('refuses %j naming the field', async (body, path) => {
    expectError(await owner.put('/api/v1/metrics/summary-schedule', body), 400, 'validation_failed', path);
  });

  it('accepts a disabled schedule without recipients', async () => {
    const other = await createTestOrg(testApp);
    const response = await (await other.as('owner')).put('/api/v1/metrics/summary-schedule', { enabled: false, frequency: 'weekly', recipients: [] });
    expect(response.statusCode, response.body).toBe(200);
  });

  it.each([
    ['admin', 200],
    ['analyst', 403],
    ['agent', 403],
    ['viewer', 403],
  ] as const)('%s: read, write and send answer %i', async (role, status) => {
    const client = await org.as(role);
    expect((await client.get('/api/v1/metrics/summary-schedule')).statusCode).toBe(status);
    const put = await client.put('/api/v1/metrics/summary-schedule', validSchedule);
    expect(put.statusCode).toBe(status);
    if (status === 403) expect((await client.post('/api/v1/metrics/summary-schedule/send')).statusCode).toBe(403);
  });

  it('is not reachable with an API key or for another organisation', async () => {
    const key = apiKeyClient(testApp.app, await org.apiKey());
    expect((await key.get('/api/v1/metrics/summary-schedule')).statusCode).toBe(403);
    const stranger = await (await createTestOrg(testApp)).as('owner');
    expect((await stranger.get('/api/v1/metrics/summary-schedule')).json().recipients).toEqual([]);
  });
});

describe('sending the summary', () => {
  it('says what is missing before SMTP is configured', async () => {
    const fresh = await createTestOrg(testApp);
    const client = await fresh.as('owner');
    expectError(await client.post('/api/v1/metrics/summary-schedule/send'), 409, 'summary_not_deliverable');
    await client.put('/api/v1/metrics/summary-schedule', validSchedule);
    const response = await client.post('/api/v1/metrics/summary-schedule/send');
    expectError(response, 409, 'summary_not_deliverable');
    expect(response.json().error.message).toMatch(/SMTP/);
  });

  it('sends now to every recipient with the overview’s figures, themes, breakpoints and open alerts', async () => {
    await configureSmtp(owner);
    await owner.put('/api/v1/metrics/summary-schedule', validSchedule);
    const before = mails.length;
    const response = await owner.post('/api/v1/metrics/summary-schedule/send');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ recipients: 2, period: WEEK });
    expect(mails.length).toBe(before + 1);
    const mail = mails.at(-1)!;
    expect(mail.to.sort()).toEqual(['cx-lead@example.com', 'ops@example.com']);
    const { text, html } = partsOf(mail.raw);
    const overview = (await owner.get(`/api/v1/metrics/overview?from=${WEEK.from}&to=${WEEK.to}`)).json();
    const map = (await owner.get(`/api/v1/metrics/journey-map?from=${WEEK.from}&to=${WEEK.to}`)).json();
    const alerts = (await owner.get('/api/v1/alerts?status=open')).json().items;
    expect(alerts.length).toBe(2);
    expect(overview.metrics.volume).toBe(70);
    expect(overview.changes.nps).toMatchObject({ significant: true, direction: 'down' });
    expect(text).toContain(`Period: ${WEEK.from} – ${WEEK.to} (compared with ${overview.previous_period.from} – ${overview.previous_period.to})`);
    expect(text).toContain(`NPS: ${overview.metrics.nps.value.toFixed(1)} (Responses ${overview.metrics.nps.n}; Previous ${overview.previous.nps.value.toFixed(1)}; ▼ ${overview.changes.nps.delta.toFixed(1)} (significant))`);
    expect(text).toContain(`CSAT (% satisfied): ${overview.metrics.csat.value.toFixed(1)} (Responses ${overview.metrics.csat.n};`);
    expect(text).toContain(`Volume: 70 (Responses 70; Previous ${overview.previous.volume};`);
    const [top] = map.breakpoints;
    expect(top).toBeDefined();
    expect(text).toContain(`- ${top.from} → ${top.to}: ${top.items} items`);
    expect(text).toContain('Open alerts: 2 — http://voc.test/alerts');
    expect(html).toContain(`<td style="border-bottom:1px solid #e3e5ea;padding:4px 10px;text-align:left">${overview.metrics.nps.value.toFixed(1)}</td>`);
    expect(html).toContain(`href="http://voc.test/overview?from=${WEEK.from}&#38;to=${WEEK.to}"`);
    expect(text.split(/\r?\n/)[0]).toBe(`OpenVoC weekly summary · ${WEEK.from} – ${WEEK.to}`);
    expect(mail.raw).toMatch(/^Subject: =\?UTF-8\?/m);
    expect((await owner.get('/api/v1/metrics/summary-schedule')).json().last_sent_at).not.toBeNull();
  });

  it('writes Chinese when asked, and escapes text from data', async () => {
    await owner.put('/api/v1/metrics/summary-schedule', { ...validSchedule, language: 'zh-CN' });
    // A custom theme id is user text: make one appear among the rising themes.
    await testApp.pool.query(`UPDATE feedback SET themes = ARRAY['<script>x</script>'] WHERE org_id = $1 AND occurred_at > $2`, [org.orgId, day(6)]);
    const response = await owner.post('/api/v1/metrics/summary-schedule/send');
    expect(response.statusCode, response.body).toBe(200);
    const { text, html } = partsOf(mails.at(-1)!.raw);
    expect(text).toContain('净情感指数');
    expect(text).toContain('未处理告警: 2');
    expect(text).toContain('<script>x</script>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;x&#60;/script&#62;');
  });
});

describe('the schedule', () => {
  it('enqueues one job per organisation due, and a scheduled send covers a period once', async () => {
    await owner.put('/api/v1/metrics/summary-schedule', validSchedule);
    const disabled = await createTestOrg(testApp);
    await (await disabled.as('owner')).put('/api/v1/metrics/summary-schedule', { ...validSchedule, enabled: false });
    // Job keys name organisation, frequency and period: metrics-summary:<org>:<frequency>:<last day>.
    const jobs = async () =>
      (await testApp.pool.query(`SELECT key FROM graphile_worker.jobs WHERE task_identifier = 'metrics:send_summary'`)).rows.map((row) => {
        const [, orgId, frequency, to] = (row.key as string).split(':');
        return { orgId, frequency, to };
      });
    expect((await enqueueDueSummaries(testApp.pool, 'daily', NOW)).enqueued).toBe(0);
    const { enqueued } = await enqueueDueSummaries(testApp.pool, 'weekly', NOW);
    const due = (await jobs()).map((payload) => payload.orgId);
    expect(due).toContain(org.orgId);
    expect(due).not.toContain(disabled.orgId);
    expect((await jobs()).every((job) => job.frequency === 'weekly' && job.to === WEEK.to)).toBe(true);
    // The cron firing twice for the same period replaces the pending jobs instead of adding more.
    await enqueueDueSummaries(testApp.pool, 'weekly', NOW);
    expect((await jobs()).length).toBe(enqueued);

    const before = mails.length;
    expect((await sendSummaryEmail(testApp.pool, systemActor(org.orgId), { scheduled: 'weekly', now: NOW })).sent).toBe(true);
    expect(mails.length).toBe(before + 1);
    // A retried job for the same period sends nothing, and the organisation is no longer due.
    expect((await sendSummaryEmail(testApp.pool, systemActor(org.orgId), { scheduled: 'weekly', now: NOW })).sent).toBe(false);
    expect(mails.length).toBe(before + 1);
    const { rows } = await testApp.pool.query(`SELECT org_id FROM metrics_summary_schedules WHERE last_period_to = $1::date`, [WEEK.to]);
    expect(rows.map((row) => row.org_id)).toEqual([org.orgId]);
    expect((await enqueueDueSummaries(testApp.pool, 'weekly', NOW)).enqueued).toBe(enqueued - 1);
    // Next week it is due again.
    expect((await enqueueDueSummaries(testApp.pool, 'weekly', new Date(NOW.getTime() + 7 * 86_400_000))).enqueued).toBe(enqueued);
  });
});
