// The agent console in real headless Chromium: each role sees the queues and actions it may use (an agent
// only its teams' cases, a viewer no buttons at all), filters live in the URL, routing rules are created
// and reordered on their settings page, and the case page reads in Chinese.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signInAt } from '../support/browser.ts';
import { addPerson, createTeam, ingest, openCase, type Person } from '../support/case-fixtures.ts';
import { apiKeyClient, createTestOrg, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';
import { startBrowserTestBed, type BrowserTestBed } from '../support/browser-test-bed.ts';

// Two cores shared with other work: waits are generous, assertions are not (nothing here is timed).
vi.setConfig({ testTimeout: 120_000, expect: { poll: { timeout: 15_000, interval: 100 } } });

let bed: BrowserTestBed;
let testApp: TestApp;
let browser: Browser;
let baseUrl: string;
let org: TestOrg;
let owner: Client;
const people: Record<'agent' | 'other' | 'viewer', Person & { email: string }> = {} as never;
let teamA: string;
let teamB: string;
const cases: Record<'mine' | 'teamQueue' | 'otherTeam' | 'refundAnswered' | 'refundNew', Record<string, any>> = {} as never;
let looseFeedbackId: string;
let timelineFeedbackId: string;

beforeAll(async () => {
  bed = await startBrowserTestBed({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
  ({ testApp, baseUrl, browser } = bed);
  org = await createTestOrg(testApp, 'Console Org');
  owner = await org.as('owner');
  const added = {
    agent: await addPerson(testApp, org, 'agent', 'Zhao Lei'),
    other: await addPerson(testApp, org, 'agent', 'Sun Mei'),
    viewer: await addPerson(testApp, org, 'viewer', 'Qian Yu'),
  };
  const users = (await owner.get('/api/v1/users')).json().items as Array<{ id: string; email: string }>;
  for (const [key, person] of Object.entries(added)) people[key as keyof typeof people] = { ...person, email: users.find((user) => user.id === person.id)!.email };
  teamA = await createTeam(owner, 'Store care', [people.agent.id]);
  teamB = await createTeam(owner, 'Online care', [people.other.id]);

  const [first, second, third, fourth, fifth, sixth, seventh] = await ingest(apiKeyClient(testApp.app, await org.apiKey()), [
    { channel: 'store', text: '门店店员态度很差，退货被拒绝', identifiers: { phone: '13900000001', name: '周强' } },
    { channel: 'app', text: 'The app crashes at checkout', identifiers: { email: 'a@example.com' } },
    { channel: 'app', text: 'Delivery was two days late', identifiers: { email: 'b@example.com' } },
    { channel: 'wechat', text: '退款两周了还没有到账，客服也不回复', identifiers: { phone: '13900000002', name: '吴芳' } },
    { channel: 'wechat', text: '退款一直没有到账，客服不回复', identifiers: { phone: '13900000003', name: '郑浩' } },
    { channel: 'store', text: 'The fitting rooms were dirty', identifiers: { email: 'c@example.com' } },
    { channel: 'website', text: 'The coupon code did not work at checkout', identifiers: { email: 'd@example.com', name: 'Lin Hua' } },
  ]);
  looseFeedbackId = sixth!;
  timelineFeedbackId = seventh!;
  cases.mine = await openCase(owner, { feedback_ids: [first], title: '退货被拒', priority: 'urgent', team_id: teamA, assignee_id: people.agent.id });
  cases.teamQueue = await openCase(owner, { feedback_ids: [second], title: 'Checkout crash', priority: 'normal', team_id: teamA });
  cases.otherTeam = await openCase(owner, { feedback_ids: [third], title: 'Late delivery', priority: 'low', team_id: teamB, assignee_id: people.other.id });
  // A refund complaint answered in WeChat and resolved: what the next similar case should reuse.
  cases.refundAnswered = await openCase(owner, { feedback_ids: [fourth], title: '退款未到账', team_id: teamA, assignee_id: people.agent.id });
  const answer = await people.agent.client.post(`/api/v1/cases/${cases.refundAnswered.id}/replies`, { channel: 'wechat', body: '您好，退款已重新提交，预计三个工作日内到账。' });
  expect(answer.statusCode, answer.body).toBe(201);
  expect((await people.agent.client.post(`/api/v1/cases/${cases.refundAnswered.id}/replies/${answer.json().id}/sent`)).statusCode).toBe(200);
  const resolved = await people.agent.client.post(`/api/v1/cases/${cases.refundAnswered.id}/status`, { status: 'resolved', root_cause: '银行退款批次失败', resolution_code: 'REFUNDED' });
  expect(resolved.statusCode, resolved.body).toBe(200);
  cases.refundNew = await openCase(owner, { feedback_ids: [fifth], title: '退款没到账', team_id: teamA, assignee_id: people.agent.id });
  // A breached first response, as the SLA timer job would stamp it.
  await testApp.pool.query(`UPDATE cases SET first_response_breached_at = now() WHERE id = $1`, [cases.mine.id]);
});

afterAll(() => bed?.close());

const signIn = (page: Page, email: string, path = '/cases') => signInAt(page, baseUrl, email, path);

const rowTitles = async (page: Page) => {
  await page.locator('[data-testid="cases-table"], [data-testid="cases-empty"]').first().waitFor();
  return (await page.getByTestId('case-link').allInnerTexts()).sort();
};

describe('the case queue per role', () => {
  it('shows an agent their own cases and their teams’ cases, never another team’s, with filters in the URL', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page, people.agent.email);
    expect(await page.getByTestId('cases-tab-all').count()).toBe(0);
    await expect.poll(() => rowTitles(page)).toEqual(['退货被拒', '退款没到账'].sort());
    const breached = page.getByTestId('case-row').filter({ hasText: '退货被拒' }).getByTestId('sla-badge');
    expect(await breached.getAttribute('data-sla')).toBe('breached');
    expect(await breached.innerText()).toBe('Breached');

    await page.getByTestId('cases-tab-team').click();
    await page.waitForURL(/queue=team/);
    await expect.poll(() => rowTitles(page)).toEqual(['Checkout crash', '退货被拒', '退款没到账'].sort());
    const api = (await people.agent.client.get('/api/v1/cases?queue=team&status=open')).json().items.map((item: { title: string }) => item.title).sort();
    expect(await rowTitles(page)).toEqual(api);

    await page.getByTestId('case-filter-priority').selectOption('urgent');
    await page.waitForURL(/priority=urgent/);
    await expect.poll(() => rowTitles(page)).toEqual(['退货被拒']);
    await page.getByTestId('case-filter-priority').selectOption('');
    // A controlled checkbox follows the URL a moment after the click.
    await page.getByTestId('case-filter-breached').click();
    await page.waitForURL(/breached=true/);
    await expect.poll(() => rowTitles(page)).toEqual(['退货被拒']);
    // The URL restores the view: a reload shows the same filtered queue.
    await page.reload();
    expect(await page.getByTestId('case-filter-breached').isChecked()).toBe(true);
    await expect.poll(() => rowTitles(page)).toEqual(['退货被拒']);

    // Routing rules are for admins; the agent is told where their cases are instead of getting an error.
    await page.goto(`${baseUrl}/settings/case-routing`);
    await expect.poll(() => page.getByTestId('routing-not-allowed').count()).toBe(1);
    expect(await page.getByTestId('rule-new').count()).toBe(0);

    // Another team's case is not there, not even by its address.
    await page.goto(`${baseUrl}/cases/${cases.otherTeam.id}`);
    await expect.poll(() => page.getByRole('alert').innerText()).not.toBe('');
    expect(await page.getByTestId('case-page').count()).toBe(0);
    await page.close();
  });

  it('gives a viewer every case to read and no action at all', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page, people.viewer.email);
    await expect.poll(() => page.getByTestId('cases-tab-all').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => rowTitles(page)).toEqual(['Checkout crash', 'Late delivery', '退货被拒', '退款没到账'].sort());
    await page.getByTestId('case-link').filter({ hasText: 'Late delivery' }).click();
    await expect.poll(() => page.getByTestId('case-title').count()).toBe(1);
    await expect.poll(() => page.getByTestId('read-only-notice').count()).toBe(1);
    for (const testId of ['case-actions', 'case-take', 'case-resolve', 'reply-composer', 'case-note-body', 'suggested-use']) {
      expect(await page.getByTestId(testId).count(), testId).toBe(0);
    }
    const verbatim = page.getByTestId('case-feedback-text').first();
    expect(await verbatim.evaluate((node) => [...node.children].map((child) => child.firstChild?.textContent ?? '').join(''))).toBe('Delivery was two days late');
    await page.close();
  });

  it('lets an agent take a team-queue case and transfer it with a reason, counted and on the timeline', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page, people.agent.email, `/cases/${cases.teamQueue.id}`);
    await page.waitForURL(new RegExp(`/cases/${cases.teamQueue.id}$`));
    await page.getByTestId('case-take').click();
    await expect.poll(() => page.getByTestId('case-assignee').innerText()).toContain('Zhao Lei');
    await page.getByTestId('case-assign').click();
    await page.getByTestId('assign-team').selectOption(teamB);
    await page.getByTestId('assign-assignee').selectOption(people.other.id);
    await page.getByTestId('assign-reason').fill('Checkout is run by the online team');
    await page.getByTestId('assign-submit').click();
    // Transferred out of the agent's teams: the case is no longer theirs to see.
    await expect.poll(async () => (await owner.get(`/api/v1/cases/${cases.teamQueue.id}`)).json().transfer_count).toBe(1);
    await page.close();

    const admin = await browser.newPage({ locale: 'en-US' });
    await signIn(admin, org.ownerEmail, `/cases/${cases.teamQueue.id}`);
    await expect.poll(() => admin.getByTestId('case-transfers').innerText()).toBe('1');
    const transfer = admin.locator('[data-testid="case-event"][data-kind="transferred"]');
    expect(await transfer.innerText()).toContain('Checkout is run by the online team');
    expect(await transfer.innerText()).toContain('Store care / Zhao Lei → Online care / Sun Mei');
    await admin.close();
  });
});

describe('answering and opening cases', () => {
  it('suggests the reply of a similar resolved case and fills it in for this customer', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page, people.agent.email, `/cases/${cases.refundNew.id}`);
    const suggestion = page.getByTestId('suggested-reply');
    await expect.poll(() => suggestion.count()).toBe(1);
    const api = (await people.agent.client.get(`/api/v1/cases/${cases.refundNew.id}/suggested-replies`)).json().items;
    expect(await suggestion.innerText()).toContain(`#${cases.refundAnswered.number}`);
    expect(await suggestion.getByTestId('suggested-similarity').innerText()).toBe(`${Math.round(api[0].similarity * 100)}% similar`);
    for (const term of api[0].shared_terms) expect(await suggestion.innerText()).toContain(term);
    // The WeChat customer gets a WeChat reply by default; the suggestion becomes the draft.
    expect(await page.getByTestId('reply-channel').inputValue()).toBe('wechat');
    await suggestion.getByTestId('suggested-use').click();
    await expect.poll(() => page.getByTestId('reply-body').inputValue()).toBe('您好，退款已重新提交，预计三个工作日内到账。');
    await page.getByTestId('reply-send').click();
    // WeChat messages are sent by the agent: copy, then mark as sent.
    const reply = page.getByTestId('case-reply');
    await expect.poll(() => reply.getAttribute('data-status')).toBe('to_send');
    expect(await reply.getByTestId('reply-copy').count()).toBe(1);
    await reply.getByTestId('reply-mark-sent').click();
    await expect.poll(() => reply.getAttribute('data-status')).toBe('sent');
    expect((await owner.get(`/api/v1/cases/${cases.refundNew.id}`)).json().replies).toMatchObject([{ channel: 'wechat', status: 'sent' }]);
    await page.close();
  });

  it('opens a case from a feedback item in the inbox', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page, org.ownerEmail, '/inbox');
    await page.getByTestId('inbox-item').filter({ hasText: 'The fitting rooms were dirty' }).click();
    await page.getByTestId('feedback-drawer').getByTestId('open-case').click();
    const dialog = page.getByTestId('open-case-dialog');
    expect(await dialog.getByTestId('open-case-title').inputValue()).toBe('The fitting rooms were dirty');
    await dialog.getByTestId('open-case-priority').selectOption('high');
    await dialog.getByTestId('open-case-team').selectOption({ label: 'Store care' });
    await dialog.getByTestId('open-case-submit').click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('case-team').innerText()).toContain('Store care');
    const opened = (await owner.get(`/api/v1/cases/${page.url().split('/').pop()}`)).json();
    expect(opened).toMatchObject({ title: 'The fitting rooms were dirty', priority: 'high', team: { id: teamA }, feedback: [{ id: looseFeedbackId }] });
    await page.close();
  });
});

describe('opening a case from the customer 360', () => {
  it('opens a case from an item of the customer timeline, routed by the rules when no team is chosen', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page, org.ownerEmail, '/customers?q=d@example.com');
    await page.getByTestId('customer-link').first().click();
    const entry = page.getByTestId('timeline-entry').filter({ hasText: 'The coupon code did not work' });
    await entry.getByTestId('open-case').click();
    await page.getByTestId('open-case-submit').click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('case-customer-name').count()).toBe(1);
    expect(await page.getByTestId('case-customer-name').innerText()).toContain('Lin Hua');
    const opened = (await owner.get(`/api/v1/cases/${page.url().split('/').pop()}`)).json();
    expect(opened).toMatchObject({ title: 'The coupon code did not work at checkout', priority: 'normal', source: 'manual', feedback: [{ id: timelineFeedbackId }] });
    await page.close();
  });
});

describe('routing rules settings', () => {
  it('creates rules in the dialog and reorders them', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page, org.ownerEmail, '/settings/case-routing');
    await expect.poll(() => page.getByTestId('rules-empty').count()).toBe(1);
    for (const [name, team, channel] of [['Stores', 'Store care', 'store'], ['Online', 'Online care', 'app']] as const) {
      await page.getByTestId('rule-new').click();
      await page.getByTestId('rule-name').fill(name);
      await page.getByTestId('rule-team').selectOption({ label: team });
      await page.getByTestId('rule-assignment').selectOption('least_loaded');
      await page.locator(`[data-testid="rule-channels-option"][value="${channel}"]`).check();
      await page.getByTestId('rule-save').click();
      await expect.poll(() => page.getByTestId('rule-dialog').count()).toBe(0);
    }
    await expect.poll(() => page.getByTestId('routing-rule-name').allInnerTexts()).toEqual(['1. Stores', '2. Online']);

    await page.getByTestId('rule-down').first().click();
    await expect.poll(() => page.getByTestId('routing-rule-name').allInnerTexts()).toEqual(['1. Online', '2. Stores']);
    const rules = (await owner.get('/api/v1/case-routing-rules')).json().items as Array<{ name: string; conditions: { channels: string[] }; assignment: string }>;
    expect(rules.map((rule) => rule.name)).toEqual(['Online', 'Stores']);
    expect(rules[0]).toMatchObject({ assignment: 'least_loaded', conditions: { channels: ['app'] } });

    // Disabling keeps the rule; deleting asks first.
    await page.getByTestId('rule-toggle').first().click();
    await expect.poll(() => page.getByTestId('routing-rule-state').first().innerText()).toBe('Off');
    await page.getByTestId('rule-delete').last().click();
    await page.getByTestId('confirm-accept').click();
    await expect.poll(() => page.getByTestId('routing-rule-name').allInnerTexts()).toEqual(['1. Online']);
    expect((await owner.get('/api/v1/case-routing-rules')).json().items).toMatchObject([{ name: 'Online', enabled: false }]);
    await page.close();
  });
});

describe('in Chinese', () => {
  it('renders the case page with statuses, clocks and the timeline in zh-CN', async () => {
    const page = await browser.newPage({ locale: 'zh-CN' });
    await signIn(page, org.ownerEmail, `/cases/${cases.mine.id}`);
    await expect.poll(() => page.getByTestId('case-title').innerText()).toContain('退货被拒');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.getByTestId('case-facts').getByTestId('case-status').innerText()).toBe('已分配');
    expect(await page.getByTestId('case-facts').getByTestId('case-priority').innerText()).toBe('紧急');
    expect(await page.getByTestId('sla-first-response').innerText()).toBe('已超时');
    expect(await page.getByTestId('case-feedback').innerText()).toContain('客户的原话');
    expect(await page.getByTestId('case-actions').innerText()).toContain('解决…');
    await expect.poll(() => page.getByTestId('case-customer-name').count()).toBe(1);
    expect(await page.getByTestId('case-customer-name').innerText()).toContain('周强');
    const created = page.locator('[data-testid="case-event"][data-kind="created"]');
    expect(await created.innerText()).toContain('创建了工单');
    expect(await page.locator('[data-testid="case-event"][data-kind="assigned"]').innerText()).toContain('将工单分配给 Store care / Zhao Lei');
    await page.close();
  });
});
