// The closed loop in real headless Chromium against the real server, worker and a real SMTP server: a
// complaint arrives, a case routed to the agent's team lands in "My cases", the agent reads the customer
// 360, replies by e-mail from a template, resolves with root cause and code, the re-survey goes out by
// e-mail, the customer answers it through the link in that e-mail, and the case page shows the answer.
import type { Runner } from 'graphile-worker';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSurvey, npsSurvey } from '../surveys-fixtures.ts';
import { signInAt } from '../support/browser.ts';
import { addPerson, createTeam, openCase, type Person } from '../support/case-fixtures.ts';
import { decodedMail, startMailbox, type Mailbox } from '../support/case-loop-fixtures.ts';
import { apiKeyClient, createTestOrg, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';
import { startBrowserTestBed, type BrowserTestBed } from '../support/browser-test-bed.ts';

const CUSTOMER_EMAIL = 'wang.fang@example.com';

// Two cores shared with other work: waits are generous, assertions are not (nothing here is timed).
vi.setConfig({ testTimeout: 120_000, expect: { poll: { timeout: 15_000, interval: 100 } } });

let bed: BrowserTestBed;
let testApp: TestApp;
let worker: Runner;
let browser: Browser;
let mailbox: Mailbox;
let baseUrl: string;
let org: TestOrg;
let owner: Client;
let agent: Person & { email: string };
let templateId: string;
let complaintId: string;

beforeAll(async () => {
  bed = await startBrowserTestBed({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
  ({ testApp, baseUrl, browser } = bed);
  mailbox = await startMailbox();
  worker = await bed.startWorker(2);
  org = await createTestOrg(testApp, 'Closed Loop Org');
  owner = await org.as('owner');

  // E-mail goes through the test's own SMTP server; survey links point at this server.
  const delivery = await owner.put('/api/v1/survey-settings', {
    public_url: baseUrl,
    smtp: { host: '127.0.0.1', port: mailbox.port, secure: false, from: 'Care <care@example.com>' },
  });
  expect(delivery.statusCode, delivery.body).toBe(200);

  const person = await addPerson(testApp, org, 'agent', 'Li Na');
  const users = (await owner.get('/api/v1/users')).json().items as Array<{ id: string; email: string }>;
  agent = { ...person, email: users.find((user) => user.id === person.id)!.email };
  const teamId = await createTeam(owner, 'After-sales desk', [agent.id]);
  const rule = await owner.post('/api/v1/case-routing-rules', { name: 'E-mail complaints', team_id: teamId, assignment: 'round_robin', conditions: { channels: ['email'] } });
  expect(rule.statusCode, rule.body).toBe(201);
  const template = await owner.post('/api/v1/reply-templates', {
    name: 'Refund apology',
    channel: 'email',
    lang: 'en',
    subject: 'About your case #{{case_number}}',
    body: 'Dear {{customer_name}}, we are sorry: your refund has been sent today. {{agent_name}}',
  });
  expect(template.statusCode, template.body).toBe(201);
  templateId = template.json().id;

  const resurvey = await createSurvey(owner, npsSurvey({ name: 'After your case' }));
  const settings = await owner.put('/api/v1/case-settings', { resurvey_survey_id: resurvey.id, resurvey_delay_hours: 0 });
  expect(settings.statusCode, settings.body).toBe(200);

  // The customer's history on another channel, then the complaint that arrives by e-mail.
  const ingest = apiKeyClient(testApp.app, await org.apiKey());
  const earlier = await ingest.post('/api/v1/feedback', {
    source: 'chat', channel: 'wechat', occurred_at: '2026-06-01T09:00:00Z', text: 'I sent the jacket back through the app', identifiers: { email: CUSTOMER_EMAIL, name: 'Wang Fang' },
  });
  expect(earlier.statusCode, earlier.body).toBe(201);
  const complaint = await ingest.post('/api/v1/feedback', {
    source: 'ticket', channel: 'email', occurred_at: '2026-06-10T09:00:00Z', csat: 1, text: 'My refund never arrived and nobody answers. Very disappointed.', identifiers: { email: CUSTOMER_EMAIL },
  });
  expect(complaint.statusCode, complaint.body).toBe(201);
  complaintId = complaint.json().id;
});

afterAll(async () => {
  await mailbox?.close();
  await bed?.close();
});

const signIn = (page: Page, email: string) => signInAt(page, baseUrl, email, '/cases');

const mailsTo = (address: string) => mailbox.mails.filter((mail) => mail.to.includes(address)).map((mail) => decodedMail(mail.raw));

/** Reloads the case page until `ready` holds: jobs of the worker change the case behind the page. */
async function reloadUntil(page: Page, ready: () => Promise<boolean>): Promise<void> {
  await expect
    .poll(async () => {
      if (await ready()) return true;
      await page.reload();
      await page.getByTestId('case-page').waitFor();
      return ready();
    }, { timeout: 20_000, interval: 500 })
    .toBe(true);
}

describe('the agent flow of a case', () => {
  it('takes a complaint from arrival to the customer re-survey answer on the case page', async () => {
    // An admin opens the case; the routing rule for e-mail sends it to the agent's team and the agent.
    const opened = await openCase(owner, { feedback_ids: [complaintId], title: 'Refund never arrived', priority: 'high' });
    expect(opened).toMatchObject({ status: 'assigned', assignee: { id: agent.id }, team: { name: 'After-sales desk' } });

    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page, agent.email);
    await expect.poll(() => page.getByTestId('cases-tab-mine').getAttribute('aria-pressed')).toBe('true');
    const row = page.getByTestId('case-row').filter({ hasText: 'Refund never arrived' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('case-owner').innerText()).toContain('Li Na');
    await row.getByTestId('case-link').click();
    await page.waitForURL(new RegExp(`/cases/${opened.id}$`));

    // The customer 360 and the feedback: the agent reads the whole story before answering.
    await expect.poll(() => page.getByTestId('case-title').innerText()).toContain('Refund never arrived');
    await expect.poll(() => page.getByTestId('case-customer-name').count()).toBe(1);
    expect(await page.getByTestId('case-customer-name').innerText()).toContain('Wang Fang');
    await expect.poll(() => page.getByTestId('timeline-entry').count()).toBe(2);
    // The verbatim with the evidence of each theme marked (the marks' screen-reader notes left out).
    const verbatim = page.getByTestId('case-feedback-text');
    expect(await verbatim.evaluate((node) => [...node.children].map((child) => child.firstChild?.textContent ?? '').join(''))).toBe('My refund never arrived and nobody answers. Very disappointed.');
    expect(await verbatim.getByTestId('evidence-mark').count()).toBeGreaterThan(0);
    expect(await verbatim.getByTestId('evidence-mark').first().getAttribute('title')).toBeTruthy();
    expect(await page.getByTestId('case-assignee').innerText()).toContain('Li Na');

    // A reply by e-mail from the template, placeholders filled, delivered to the real SMTP server.
    expect(await page.getByTestId('reply-channel').inputValue()).toBe('email');
    await page.getByTestId('reply-template').selectOption(templateId);
    expect(await page.getByTestId('reply-subject').inputValue()).toBe(`About your case #${opened.number}`);
    expect(await page.getByTestId('reply-body').inputValue()).toBe('Dear Wang Fang, we are sorry: your refund has been sent today. Li Na');
    await page.getByTestId('reply-send').click();
    await expect.poll(() => page.getByTestId('case-reply').count()).toBe(1);
    await expect.poll(() => mailsTo(CUSTOMER_EMAIL).length, { timeout: 20_000 }).toBe(1);
    expect(mailsTo(CUSTOMER_EMAIL)[0]).toContain(`About your case #${opened.number}`);
    await reloadUntil(page, async () => (await page.getByTestId('case-reply').getAttribute('data-status')) === 'sent');
    expect(await page.getByTestId('case-reply-status').innerText()).toBe('Sent');

    // Resolve with root cause, resolution code and what was done.
    await page.getByTestId('case-resolve').click();
    await page.getByTestId('resolve-root-cause').fill('Refund batch failed at the bank');
    await page.getByTestId('resolve-code').fill('REFUNDED');
    await page.getByTestId('resolve-note').fill('Refund re-sent by hand');
    await page.getByTestId('resolve-submit').click();
    await expect.poll(() => page.getByTestId('case-page').getAttribute('data-status')).toBe('resolved');
    expect(await page.getByTestId('resolution-code').innerText()).toBe('REFUNDED');

    // The worker sends the re-survey at once (delay 0) by e-mail; the customer answers through its link.
    await expect.poll(() => mailsTo(CUSTOMER_EMAIL).length, { timeout: 20_000 }).toBe(2);
    const link = mailsTo(CUSTOMER_EMAIL)[1]!.match(new RegExp(`${baseUrl.replace(/[.]/g, '\\.')}/s/[A-Za-z0-9_.-]+`))?.[0];
    expect(link).toBeDefined();
    const customer = await browser.newPage({ locale: 'en-US' });
    await customer.goto(link!);
    await customer.locator('label:has([data-testid="answer-nps-9"])').click();
    // 9 or more ends the survey (its skip rule), so this one button sends the answer.
    await customer.locator('[data-testid="survey-next"], [data-testid="survey-submit"]').first().click();
    await expect.poll(() => customer.getByTestId('survey-thanks').count()).toBe(1);
    await customer.close();

    // The case page shows the re-survey answer, as the API records it.
    await reloadUntil(page, async () => (await page.getByTestId('resurvey-status').getAttribute('data-state')) === 'received');
    expect(await page.getByTestId('resurvey-status').innerText()).toContain('Re-survey received');
    await expect.poll(() => page.getByTestId('resurvey-answer').count()).toBe(1);
    const detail = (await owner.get(`/api/v1/cases/${opened.id}`)).json();
    expect(detail).toMatchObject({ status: 'resolved', root_cause: 'Refund batch failed at the bank', resolution_code: 'REFUNDED', reply_count: 1 });
    const answer = (await owner.get(`/api/v1/feedback/${detail.resurvey_feedback_id}`)).json();
    expect(answer.nps).toBe(9);
    expect(await page.getByTestId('resurvey-answer').innerText()).toMatch(/NPS\s*9\s*\/10/);
    const kinds = await page.getByTestId('case-event').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-kind')));
    expect(kinds).toEqual(detail.events.map((event: { kind: string }) => event.kind));
    expect(kinds).toEqual(expect.arrayContaining(['created', 'assigned', 'reply', 'resolved', 'resurvey_sent', 'resurvey_received']));
    expect(await page.locator('[data-testid="case-event"][data-kind="resurvey_received"]').innerText()).toContain('Re-survey received from the customer');
    expect(await page.locator('[data-testid="case-event"][data-kind="assigned"]').innerText()).toContain('After-sales desk / Li Na');
    await page.close();
  }, 120_000);
});
