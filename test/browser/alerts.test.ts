// Alerts in real headless Chromium against the real server and worker: build a rule in the UI, ingest
// an item that matches, see the alert in the inbox, acknowledge it; a rule that opens cases saves its
// priority from the form, shows it again when editing, and turns a matching item into a case.
import type { Runner } from 'graphile-worker';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAt } from '../support/browser.ts';
import { apiKeyClient, createTestOrg, type TestApp, type TestOrg } from '../support/test-app.ts';
import { startBrowserTestBed, type BrowserTestBed } from '../support/browser-test-bed.ts';

let bed: BrowserTestBed;
let testApp: TestApp;
let worker: Runner;
let browser: Browser;
let baseUrl: string;
let org: TestOrg;

beforeAll(async () => {
  bed = await startBrowserTestBed();
  ({ testApp, baseUrl, browser } = bed);
  worker = await bed.startWorker(2);
  org = await createTestOrg(testApp, 'Alerts Browser Org');
});
afterAll(() => bed?.close());

describe('alerts in the dashboard', () => {
  it('builds a rule, raises an alert from matching feedback, and acknowledges it in the inbox', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await signInAt(page, baseUrl, org.ownerEmail, '/alerts/rules');

    await page.getByTestId('rule-new').click();
    await page.getByTestId('rule-name').fill('Unhappy about refunds');
    await page.getByTestId('rule-severity').selectOption('critical');
    // The first row starts as "NPS ≤ 6"; add "text contains any of 退款, refund".
    await page.getByTestId('rule-condition-add').click();
    await page.getByTestId('rule-condition-field-1').selectOption('text');
    await page.getByTestId('rule-condition-operator-1').selectOption('contains_any');
    await page.getByTestId('rule-condition-value-1').fill('退款, refund');
    await page.getByTestId('rule-submit').click();
    await expect.poll(() => page.getByTestId('rule-item').count()).toBe(1);
    expect(await page.getByTestId('rule-item').innerText()).toContain('Unhappy about refunds');

    const ingest = apiKeyClient(testApp.app, await org.apiKey());
    const matching = await ingest.post('/api/v1/feedback', { source: 'survey', channel: 'app', nps: 3, text: '退款两周了还没到账' });
    expect(matching.statusCode).toBe(201);
    await ingest.post('/api/v1/feedback', { source: 'survey', channel: 'app', nps: 3, text: 'The app is slow' });

    await page.getByTestId('alerts-tab-inbox').click();
    await page.waitForURL(/\/alerts$/);
    // The worker raises the alert within moments; reload until the inbox shows it.
    await expect
      .poll(async () => {
        await page.reload();
        await page.locator('[data-testid="alert-item"], [data-testid="alerts-empty"]').first().waitFor();
        return page.getByTestId('alert-item').count();
      }, { timeout: 20_000, interval: 500 })
      .toBe(1);
    expect(await page.getByTestId('alert-title').innerText()).toContain('Unhappy about refunds');

    await page.getByTestId('alert-acknowledge').click();
    await expect.poll(() => page.getByTestId('alert-status').innerText()).toContain('Acknowledged');
    const [alert] = (await (await org.as('owner')).get('/api/v1/alerts')).json().items;
    expect(alert).toMatchObject({ status: 'acknowledged', severity: 'critical', feedback_ids: [matching.json().id] });
    await page.close();
  });
});

describe('alert rules that open cases', () => {
  it('saves the case priority from the form and opens a case for a matching item', async () => {
    const org = await createTestOrg(testApp, 'Alert Cases Browser Org');
    const page = await browser.newPage({ locale: 'zh-CN' });
    await signInAt(page, baseUrl, org.ownerEmail, '/alerts/rules');

    await page.getByTestId('rule-new').click();
    await page.getByTestId('rule-name').fill('贬损者开工单');
    expect(await page.getByTestId('rule-open-case').locator('option').first().innerText()).toBe('不创建工单');
    await page.getByTestId('rule-open-case').selectOption('high');
    await page.getByTestId('rule-submit').click();
    await expect.poll(() => page.getByTestId('rule-item').count()).toBe(1);

    const owner = await org.as('owner');
    const [rule] = (await owner.get('/api/v1/alert-rules')).json().items;
    expect(rule).toMatchObject({ name: '贬损者开工单', kind: 'item', open_case_priority: 'high' });
    await page.getByRole('button', { name: '编辑' }).click();
    expect(await page.getByTestId('rule-open-case').inputValue()).toBe('high');

    const ingest = apiKeyClient(testApp.app, await org.apiKey());
    const item = await ingest.post('/api/v1/feedback', { source: 'survey', channel: 'app', nps: 2, text: '退款两周了还没到账', identifiers: { phone: '13900000000' } });
    expect(item.statusCode).toBe(201);
    await expect.poll(async () => (await owner.get('/api/v1/cases')).json().items.length, { timeout: 20_000, interval: 200 }).toBe(1);
    const [opened] = (await owner.get('/api/v1/cases')).json().items;
    expect(opened).toMatchObject({ source: 'alert', priority: 'high', title: '退款两周了还没到账', customer: { id: item.json().customer_id } });
    await page.close();
  });
});
