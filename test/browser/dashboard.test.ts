// The dashboard in real headless Chromium against the real server: sign in, see ingested feedback in
// the inbox, filter it, switch language, sign out.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyClient, createTestOrg, TEST_PASSWORD, type TestApp, type TestOrg } from '../support/test-app.ts';
import { startBrowserTestBed, type BrowserTestBed } from '../support/browser-test-bed.ts';

let bed: BrowserTestBed;
let testApp: TestApp;
let browser: Browser;
let baseUrl: string;
let org: TestOrg;

beforeAll(async () => {
  bed = await startBrowserTestBed();
  ({ testApp, baseUrl, browser } = bed);
  org = await createTestOrg(testApp, 'Browser Org');
  const ingest = apiKeyClient(testApp.app, await org.apiKey());
  const response = await ingest.post('/api/v1/feedback/batch', {
    items: [
      { source: 'review', channel: 'app', occurred_at: '2026-06-01T10:00:00Z', text: 'The app checkout is fast and easy, great job' },
      { source: 'ticket', channel: 'store', occurred_at: '2026-06-02T10:00:00Z', text: '网上申请的退货门店不给办，太失望了' },
      { source: 'chat', channel: 'wechat', occurred_at: '2026-06-03T10:00:00Z', nps: 2, text: '<img src=x onerror="window.__xss=1">客服一直让我重复说明问题' },
    ],
  });
  expect(response.statusCode).toBe(200);
});

afterAll(() => bed?.close());

async function signIn(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/inbox`);
  await page.waitForURL(/\/login/);
  await page.getByTestId('login-email').fill(org.ownerEmail);
  await page.getByTestId('login-password').fill(TEST_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/inbox/);
}

describe('dashboard', () => {
  it('signs in and lists the organisation’s feedback in the inbox, without running injected markup', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page);
    const items = page.getByTestId('inbox-item');
    await expect.poll(() => items.count()).toBe(3);
    await expect.poll(() => page.getByTestId('inbox-item').first().innerText()).toContain('客服一直让我重复说明问题');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.getByTestId('org-name').innerText()).toContain('Browser Org');
    await page.close();
  });

  it('filters by channel and keeps the filter in the URL', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page);
    await expect.poll(() => page.getByTestId('inbox-item').count()).toBe(3);
    await page.getByTestId('filter-channel').selectOption('store');
    await page.waitForURL(/channel=store/);
    await expect.poll(() => page.getByTestId('inbox-item').count()).toBe(1);
    expect(await page.getByTestId('inbox-item').first().innerText()).toContain('门店不给办');
    await page.reload();
    await expect.poll(() => page.getByTestId('inbox-item').count()).toBe(1);
    await page.close();
  });

  it('switches between English and Chinese', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page);
    const nav = page.getByTestId('nav-inbox');
    await expect.poll(() => nav.innerText()).toMatch(/Inbox/i);
    await switchLanguage(page);
    await expect.poll(() => nav.innerText()).not.toMatch(/Inbox/i);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.close();
  });

  it('signs out', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
    expect(me).toBe(401);
    await page.close();
  });
});

async function switchLanguage(page: Page): Promise<void> {
  const control = page.getByTestId('lang-switch');
  const tag = await control.evaluate((element) => element.tagName);
  if (tag === 'SELECT') await control.selectOption('zh-CN');
  else await control.click();
}
