// Settings → Summary e-mail in headless Chromium: an admin saves recipients, frequency and language
// (the API then answers the same), "send now" without SMTP settings explains what is missing, and a
// viewer is told the page is for admins. Also the Overview of this organisation without alerts: the
// latest-alerts panel says there are none.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/actor.ts';
import { createUser } from '../../src/domain/users/create-user.ts';
import { createTestOrg, TEST_PASSWORD, type TestApp, type TestOrg } from '../support/test-app.ts';
import { startBrowserTestBed, type BrowserTestBed } from '../support/browser-test-bed.ts';

let bed: BrowserTestBed;
let testApp: TestApp;
let browser: Browser;
let baseUrl: string;
let org: TestOrg;

beforeAll(async () => {
  bed = await startBrowserTestBed();
  ({ testApp, baseUrl, browser } = bed);
  org = await createTestOrg(testApp);
  await createUser(testApp.pool, systemActor(org.orgId), { email: 'viewer-summary@example.com', name: 'Viewer', password: TEST_PASSWORD, role: 'viewer' });
}, 120_000);

afterAll(() => bed?.close());

async function signedInPage(email: string, path: string, language = 'en'): Promise<Page> {
  const page = await browser.newPage({ locale: language === 'en' ? 'en-US' : language });
  page.setDefaultTimeout(60_000);
  await page.addInitScript((lang) => localStorage.setItem('openvoc.lang', lang), language);
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL(/\/login/);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(TEST_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 100 });

describe('summary e-mail settings page', () => {
  it('saves the schedule an admin enters, and explains why "send now" cannot send yet', async () => {
    const page = await signedInPage(org.ownerEmail, '/settings/summary-email');
    await page.getByTestId('summary-enabled').check();
    await page.getByTestId('summary-frequency').selectOption('daily');
    await page.getByTestId('summary-language').selectOption('zh-CN');
    await page.getByTestId('summary-recipients').fill('cx-lead@example.com\nops@example.com; wang.fang@example.com');
    await page.getByTestId('summary-save').click();
    await poll(() => page.getByTestId('summary-saved').count()).toBe(1);
    const saved = await page.evaluate(async () => (await fetch('/api/v1/metrics/summary-schedule')).json());
    expect(saved).toMatchObject({ enabled: true, frequency: 'daily', language: 'zh-CN', recipients: ['cx-lead@example.com', 'ops@example.com', 'wang.fang@example.com'] });
    // A bad address is refused by the server and the form says so.
    await page.getByTestId('summary-recipients').fill('not an address');
    await page.getByTestId('summary-save').click();
    await poll(() => page.getByTestId('summary-save-error').innerText()).toMatch(/recipients\[0\]/);
    // Send now: no SMTP server is configured in this organisation.
    await page.getByTestId('summary-send-now').click();
    await poll(() => page.getByTestId('summary-send-error').innerText()).toMatch(/SMTP/);
    expect(await page.getByTestId('summary-sent').count()).toBe(0);
    await page.close();
  }, 120_000);

  it('tells a viewer the page is for admins, in Chinese too', async () => {
    const page = await signedInPage('viewer-summary@example.com', '/settings/summary-email', 'zh-CN');
    await poll(() => page.getByTestId('read-only-notice').innerText()).toContain('管理员');
    expect(await page.getByTestId('summary-email-form').count()).toBe(0);
    await page.close();
  }, 120_000);

  it('shows the Overview’s empty latest-alerts panel when nothing is open', async () => {
    const page = await signedInPage(org.ownerEmail, '/overview');
    await poll(() => page.getByTestId('overview-alerts-empty').count()).toBe(1);
    expect(await page.getByTestId('overview-alert').count()).toBe(0);
    await page.close();
  }, 120_000);
});
