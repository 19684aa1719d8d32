// Script payloads stored through the API (feedback text, metadata, identifiers and customer names,
// names of journeys, stages, touchpoints, channels, teams, users and API keys) are rendered as text
// on every dashboard page that shows them, in real headless Chromium: no alert dialog opens and no
// payload sets its window flag. The CSP forbids inline scripts anyway; this proves the rendering too.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyClient, createTestOrg, TEST_PASSWORD, type TestApp, type TestOrg } from '../support/test-app.ts';
import { startBrowserTestBed, type BrowserTestBed } from '../support/browser-test-bed.ts';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '<script>window.__xss=1;alert(1)</script>',
  '"><svg onload="window.__xss=1;alert(1)">',
  "javascript:window.__xss=1;alert(1)//",
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '{{constructor.constructor(\'window.__xss=1\')()}}',
];
const payload = (i: number) => `${PAYLOADS[i % PAYLOADS.length]} #${i}`;

let bed: BrowserTestBed;
let testApp: TestApp;
let browser: Browser;
let baseUrl: string;
let org: TestOrg;
let journeyId: string;

beforeAll(async () => {
  // Every test signs in afresh; more than the default 10 sign-ins a minute.
  bed = await startBrowserTestBed({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
  ({ testApp, baseUrl, browser } = bed);
  org = await createTestOrg(testApp, 'XSS Org');
  const owner = await org.as('owner');
  const ok = (response: { statusCode: number; body: string }) => {
    expect(response.statusCode, response.body).toBeLessThan(300);
    return JSON.parse(response.body);
  };
  ok(await owner.post('/api/v1/channels', { key: 'evil_channel', name_en: payload(0), name_zh: payload(1), kind: 'digital' }));
  journeyId = ok(await owner.post('/api/v1/journeys', { name_en: payload(2), name_zh: payload(3) })).id;
  const stageId = ok(await owner.post(`/api/v1/journeys/${journeyId}/stages`, { name_en: payload(4), name_zh: payload(5) })).id;
  const touchpointId = ok(await owner.post(`/api/v1/stages/${stageId}/touchpoints`, { name_en: payload(0), name_zh: payload(1), channel: 'evil_channel', metrics: ['nps'] })).id;
  ok(await owner.post('/api/v1/teams', { name: payload(2) }));
  ok(await owner.post('/api/v1/users', { email: 'evil-user@example.com', name: payload(3), password: TEST_PASSWORD, role: 'agent' }));
  ok(await owner.post('/api/v1/api-keys', { name: payload(4) }));
  const ingest = apiKeyClient(testApp.app, await org.apiKey());
  ok(
    await ingest.post('/api/v1/feedback/batch', {
      items: PAYLOADS.map((_, i) => ({
        source: 'chat',
        channel: i % 2 ? 'evil_channel' : 'app',
        touchpoint_id: i % 2 ? touchpointId : undefined,
        external_id: payload(i),
        nps: i,
        text: `${payload(i)} 客服一直让我重复说明问题`,
        identifiers: { name: payload(i + 1), email: `x${i}@example.com` },
        metadata: { [payload(i).slice(0, 90)]: payload(i + 2), order: payload(i + 3) },
      })),
    }),
  );
});

afterAll(() => bed?.close());

interface Watched {
  page: Page;
  dialogs: string[];
}

async function signedInPage(): Promise<Watched> {
  const page = await browser.newPage({ locale: 'en-US' });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${baseUrl}/inbox`);
  await page.waitForURL(/\/login/);
  await page.getByTestId('login-email').fill(org.ownerEmail);
  await page.getByTestId('login-password').fill(TEST_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/inbox/);
  return { page, dialogs };
}

async function expectNothingExecuted({ page, dialogs }: Watched): Promise<void> {
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  for (const frame of page.frames()) expect(await frame.evaluate(() => (window as unknown as { __xss?: unknown }).__xss).catch(() => undefined)).toBeUndefined();
}

const bodyText = (page: Page) => page.locator('body').innerText();

describe('script payloads in stored data', () => {
  it('are shown as text in the inbox and the feedback drawer, and never run', async () => {
    const watched = await signedInPage();
    const { page } = watched;
    await expect.poll(() => page.getByTestId('inbox-item').count()).toBe(PAYLOADS.length);
    await expect.poll(() => bodyText(page)).toContain('<img src=x onerror=');
    await page.getByTestId('inbox-item').first().click();
    await page.getByTestId('feedback-drawer').waitFor();
    await expect.poll(() => page.getByTestId('feedback-drawer').innerText()).toContain('客服一直让我重复说明问题');
    await expectNothingExecuted(watched);
    await page.close();
  });

  it.each([
    ['/settings/channels', '<img src=x onerror='],
    ['/settings/journeys', '"><svg onload='],
    ['/settings/users', 'javascript:window.__xss=1'],
    ['/settings/api-keys', '<iframe srcdoc='],
  ])('are shown as text on %s, and never run', async (path, shown) => {
    const watched = await signedInPage();
    await watched.page.goto(`${baseUrl}${path}`);
    await expect.poll(() => bodyText(watched.page)).toContain(shown);
    await expectNothingExecuted(watched);
    await watched.page.close();
  });

  it.each(['/overview', '/journey-map', '/channels', '/themes', '/alerts'])('never run on %s', async (path) => {
    const watched = await signedInPage();
    await watched.page.goto(`${baseUrl}${path}`);
    await watched.page.locator('main').first().waitFor();
    await expectNothingExecuted(watched);
    await watched.page.close();
  });

  it('never run on the journey detail page', async () => {
    const watched = await signedInPage();
    await watched.page.goto(`${baseUrl}/settings/journeys/${journeyId}`);
    await expect.poll(() => bodyText(watched.page)).toContain('<iframe srcdoc=');
    await expectNothingExecuted(watched);
    await watched.page.close();
  });
});
