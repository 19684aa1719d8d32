// The customer 360 in real headless Chromium: open a customer from the inbox, read their timeline
// across channels, merge another profile in and split it off again, and import a GBK file through
// the upload → mapping → progress screens.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Runner } from 'graphile-worker';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../fixtures/files.ts';
import { apiKeyClient, createTestOrg, TEST_PASSWORD, type TestApp, type TestOrg } from '../support/test-app.ts';
import { startBrowserTestBed, type BrowserTestBed } from '../support/browser-test-bed.ts';

let bed: BrowserTestBed;
let testApp: TestApp;
let browser: Browser;
let baseUrl: string;
let org: TestOrg;
let worker: Runner;
let importDir: string;

beforeAll(async () => {
  importDir = await mkdtemp(path.join(os.tmpdir(), 'openvoc-browser-imports-'));
  bed = await startBrowserTestBed({ IMPORT_DIR: importDir });
  ({ testApp, baseUrl, browser } = bed);
  org = await createTestOrg(testApp, 'Customer 360 Org');
  worker = await bed.startWorker(1);
  const ingest = apiKeyClient(testApp.app, await org.apiKey());
  const response = await ingest.post('/api/v1/feedback/batch', {
    items: [
      { source: 'review', channel: 'website', occurred_at: '2026-06-01T10:00:00Z', stars: 4, text: 'Ordering online was easy', identifiers: { phone: '13812345678', name: 'Li Wei' } },
      { source: 'ticket', channel: 'store', occurred_at: '2026-06-02T10:00:00Z', csat: 1, text: '网上申请的退货门店不给办，太失望了', identifiers: { phone: '+86 138 1234 5678', email: 'li.wei@example.com' } },
      { source: 'call', channel: 'call_centre', occurred_at: '2026-06-03T10:00:00Z', nps: 2, text: '客服让我重复说明问题', identifiers: { email: 'LI.WEI@example.com' } },
      { source: 'chat', channel: 'wechat', occurred_at: '2026-06-04T10:00:00Z', csat: 5, text: 'WeChat support sorted it out, thank you', identifiers: { member_id: 'AM-900' } },
    ],
  });
  expect(response.statusCode, response.body).toBe(200);
});

afterAll(async () => {
  await rm(importDir, { recursive: true, force: true });
  await bed?.close();
});

async function signIn(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL(/\/login/);
  await page.getByTestId('login-email').fill(org.ownerEmail);
  await page.getByTestId('login-password').fill(TEST_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('customer 360', () => {
  it('opens a customer from the inbox and shows their timeline across channels', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page, '/inbox');
    await page.waitForURL(/\/inbox/);
    await page.getByTestId('inbox-item').filter({ hasText: '门店不给办' }).click();
    await page.getByTestId('open-customer').click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('customer-name').innerText()).toBe('Li Wei');
    const entries = page.getByTestId('timeline-entry');
    await expect.poll(() => entries.count()).toBe(3);
    expect(await entries.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-channel')))).toEqual(['call_centre', 'store', 'website']);
    expect(await page.getByTestId('channel-path').innerText()).toMatch(/Website[\s\S]*Store[\s\S]*Call/i);
    expect(await page.getByTestId('latest-nps').innerText()).toContain('2');
    expect(await page.getByTestId('customer-identifiers').innerText()).toContain('+8613812345678');
    // The churn early warning shows on the 360, with the score the churn API gives for this customer.
    const risk = await page.evaluate(async (id) => (await fetch(`/api/v1/customers/${id}/churn-risk`)).json(), page.url().split('/').pop());
    await expect.poll(() => page.getByTestId('churn-risk-score').innerText()).toBe(String(risk.score));
    await page.getByTestId('timeline-open').first().click();
    await expect.poll(() => page.getByTestId('feedback-drawer').isVisible()).toBe(true);
    await page.close();
  });

  it('merges another profile in through the UI and splits it off again', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page, '/customers?q=13812345678');
    await page.getByTestId('customer-link').first().click();
    await expect.poll(() => page.getByTestId('timeline-entry').count()).toBe(3);

    await page.getByTestId('merge-open').click();
    await page.getByTestId('merge-search').fill('AM-900');
    await page.getByTestId('merge-candidate').first().click();
    await page.getByTestId('merge-confirm').click();
    await expect.poll(() => page.getByTestId('timeline-entry').count()).toBe(4);
    await expect.poll(() => page.getByTestId('merge-item').count()).toBe(1);
    expect(await page.getByTestId('merge-history').innerText()).toContain('merged by hand');

    await page.getByTestId('unmerge').click();
    await page.getByTestId('confirm-accept').click();
    await expect.poll(() => page.getByTestId('timeline-entry').count()).toBe(3);
    await expect.poll(() => page.getByTestId('customer-notice').innerText()).toContain('separate again');
    await page.close();
  });

  it('imports a GBK CSV through upload, mapping with preview, and progress', async () => {
    const page = await browser.newPage({ locale: 'zh-CN' });
    await signIn(page, '/imports');
    await page.getByTestId('import-new').click();
    await page.getByTestId('import-file').setInputFiles(path.join(FIXTURES, 'tickets-gbk.csv'));
    await page.getByTestId('import-upload').click();
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}\/map$/);
    await expect.poll(() => page.getByTestId('import-preview').innerText()).toContain('网上申请的退货门店不给办');
    expect(await page.getByTestId('import-encoding').inputValue()).toBe('gb18030');
    expect(await page.locator('[data-testid="map-column"][data-column="问题描述"]').inputValue()).toBe('text');
    await page.locator('[data-testid="map-column"][data-column="处理门店"]').selectOption('metadata');
    await page.getByTestId('import-source').selectOption('ticket');
    await page.getByTestId('import-channel').selectOption('store');
    await page.getByTestId('import-start').click();
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('import-detail').getAttribute('data-status'), { timeout: 20_000 }).toBe('completed');
    expect(await page.getByTestId('rows-created').innerText()).toBe('4');

    // The imported tickets joined the customer who shares their phone number.
    await page.goto(`${baseUrl}/customers?q=13812345678`);
    await page.getByTestId('customer-link').first().click();
    await expect.poll(() => page.getByTestId('timeline-entry').count()).toBe(4);
    await page.close();
  });
});
