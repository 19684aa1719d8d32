// An alert rule that opens cases, built in real headless Chromium: the rule form's "open a case"
// choice is saved, shown again when editing, and a matching item then arrives as a case.
import type { AddressInfo } from 'node:net';
import type { Runner } from 'graphile-worker';
import { pino } from 'pino';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '../../src/jobs/start-worker.ts';
import { launchChromium } from '../support/browser.ts';
import { apiKeyClient, createTestOrg, startTestApp, TEST_PASSWORD, type TestApp, type TestOrg } from '../support/test-app.ts';

let testApp: TestApp;
let worker: Runner;
let browser: Browser;
let baseUrl: string;
let org: TestOrg;

beforeAll(async () => {
  testApp = await startTestApp();
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(testApp.app.server.address() as AddressInfo).port}`;
  worker = await startWorker(testApp.pool, pino({ level: 'silent' }), { concurrency: 2 });
  org = await createTestOrg(testApp, 'Alert Cases Browser Org');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await worker?.stop();
  await testApp?.close();
});

describe('alert rules that open cases', () => {
  it('saves the case priority from the form and opens a case for a matching item', async () => {
    const page = await browser.newPage({ locale: 'zh-CN' });
    await page.goto(`${baseUrl}/alerts/rules`);
    await page.waitForURL(/\/login/);
    await page.getByTestId('login-email').fill(org.ownerEmail);
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/alerts\/rules/);

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
