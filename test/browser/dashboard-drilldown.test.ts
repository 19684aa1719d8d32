// Drilling down from the dashboards in real headless Chromium, on the demo organisation plus a
// customer segment and open alerts: a journey-map breakpoint opens the inbox with exactly the items
// the API lists for it, the Overview's latest alerts are the API's, and the segment filter travels
// from the Overview to the other dashboards and into the inbox, where it can be changed and cleared.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/actor.ts';
import { evaluateNewFeedback } from '../../src/domain/alerts/evaluate-new-feedback.ts';
import { createAlertRule } from '../../src/domain/alerts/save-alert-rule.ts';
import { loadDemo, type LoadedDemo } from '../../src/domain/demo/load-demo.ts';
import { ingestFeedbackBatch } from '../../src/domain/feedback/ingest-feedback-batch.ts';
import { createTestOrg, TEST_PASSWORD, type TestApp } from '../support/test-app.ts';
import { startBrowserTestBed, type BrowserTestBed } from '../support/browser-test-bed.ts';

let bed: BrowserTestBed;
let testApp: TestApp;
let browser: Browser;
let baseUrl: string;
let demo: LoadedDemo;
let range: string;

const whole = new Intl.NumberFormat('en');

beforeAll(async () => {
  bed = await startBrowserTestBed();
  ({ testApp, baseUrl, browser } = bed);
  const now = new Date();
  demo = await loadDemo(testApp.pool, { now, feedbackCount: 400 });
  const { rows } = await testApp.pool.query(`SELECT org_id AS "orgId", max(occurred_at) AS last FROM feedback GROUP BY org_id`);
  const { orgId, last } = rows[0] as { orgId: string; last: Date };
  const actor = systemActor(orgId);
  // A VIP segment (the demo has none) spread over the last days of the data.
  const at = (i: number) => new Date(last.getTime() - (i % 5) * 86_400_000 - 3_600_000).toISOString();
  await ingestFeedbackBatch(
    testApp.pool,
    actor,
    Array.from({ length: 24 }, (_, i) => ({ source: 'survey', channel: i % 2 ? 'app' : 'store', occurred_at: at(i), nps: i % 11, text: i % 3 ? 'Friendly staff, quick service.' : '排队太久了', metadata: { segment: 'vip' } })),
  );
  // Three open alerts (and one resolved, which the panel must not show).
  await createAlertRule(testApp.pool, actor, {
    name: 'Refund complaints',
    kind: 'item',
    severity: 'critical',
    dedup_minutes: 0,
    max_per_hour: 100,
    condition: { match: 'all', conditions: [{ field: 'text', operator: 'contains_any', value: ['refund'] }], groups: [] },
  });
  const outcomes = await ingestFeedbackBatch(
    testApp.pool,
    actor,
    [0, 1, 2, 3].map((i) => ({ source: 'survey', channel: 'app', occurred_at: at(i), nps: 0, text: `Still waiting for my refund, order ${i}` })),
  );
  await evaluateNewFeedback(testApp.pool, orgId, outcomes.map((outcome) => outcome.id));
  await testApp.pool.query(`UPDATE alerts SET status = 'resolved' WHERE id = (SELECT id FROM alerts WHERE org_id = $1 ORDER BY first_seen_at LIMIT 1)`, [orgId]);
  const days = await testApp.pool.query(
    `SELECT to_char(min(occurred_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "from", to_char(max(occurred_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "to" FROM feedback`,
  );
  range = `from=${days.rows[0].from}&to=${days.rows[0].to}`;
}, 300_000);

afterAll(() => bed?.close());

// UTC, like the rollups' days, so the inbox's local days are the dashboards' days.
async function signedInPage(path: string, email = demo.owner.email, password = demo.password): Promise<Page> {
  const page = await browser.newPage({ locale: 'en-US', timezoneId: 'UTC' });
  page.setDefaultTimeout(60_000);
  await page.addInitScript(() => localStorage.setItem('openvoc.lang', 'en'));
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL(/\/login/);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

// Generous waits: the machine running the tests may be busy; nothing here asserts on timing.
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 100 });
const SLOW_TEST_MS = 120_000;
const api = <T>(page: Page, path: string): Promise<T> => page.evaluate(async (url) => (await fetch(url)).json(), `/api/v1${path}`) as Promise<T>;
const shownIds = (page: Page) => page.locator('[data-testid="inbox-item"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-feedback-id')));
const listedIds = async (page: Page, query: string) => (await api<{ items: Array<{ id: string }> }>(page, `/feedback?${query}&limit=200`)).items.map((item) => item.id);

describe('dashboard drill-down', () => {
  it('a journey-map breakpoint opens the inbox with exactly the items the API lists for it', async () => {
    const page = await signedInPage(`/journey-map?${range}`);
    const map = await api<{ breakpoints: Array<{ from: string; to: string; items: number }> }>(page, `/metrics/journey-map?${range}`);
    expect(map.breakpoints.length).toBeGreaterThan(1);
    const [top] = map.breakpoints;
    await poll(() => page.getByTestId('breakpoint-row').count()).toBe(map.breakpoints.length);
    await page.locator(`[data-testid="breakpoint-row"][data-from="${top!.from}"][data-to="${top!.to}"] [data-testid="breakpoint-inbox-link"]`).click();
    await page.waitForURL(/\/inbox\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ ...Object.fromEntries(new URLSearchParams(range)), breakpoint_from: top!.from, breakpoint_to: top!.to });
    const expected = await listedIds(page, `${range}&breakpoint_from=${top!.from}&breakpoint_to=${top!.to}`);
    expect(expected.length).toBe(top!.items);
    await poll(() => shownIds(page)).toEqual(expected.slice(0, 50));
    // The chip names both channels and removes the breakpoint (and only it).
    const chip = page.getByTestId('inbox-scope-breakpoint');
    expect(await chip.getAttribute('data-from')).toBe(top!.from);
    expect(await chip.getAttribute('data-to')).toBe(top!.to);
    await page.getByTestId('inbox-scope-breakpoint-remove').click();
    await page.waitForURL((next) => !next.searchParams.has('breakpoint_from') && !next.searchParams.has('breakpoint_to'));
    expect(new URL(page.url()).searchParams.get('from')).toBe(url.searchParams.get('from'));
    await poll(() => shownIds(page)).toEqual((await listedIds(page, range)).slice(0, 50));
    await page.close();
  }, SLOW_TEST_MS);

  it('without dates in the URL, a breakpoint click-through carries the range the map covers (the last 30 days)', async () => {
    const page = await signedInPage('/journey-map');
    const map = await api<{ period: { from: string; to: string }; breakpoints: Array<{ from: string; to: string; items: number }> }>(page, '/metrics/journey-map');
    const [top] = map.breakpoints;
    expect(top).toBeDefined();
    await poll(() => page.getByTestId('breakpoint-row').count()).toBe(map.breakpoints.length);
    await page.locator(`[data-testid="breakpoint-row"][data-from="${top!.from}"][data-to="${top!.to}"] [data-testid="breakpoint-inbox-link"]`).click();
    await page.waitForURL(/\/inbox\?/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ from: map.period.from, to: map.period.to, breakpoint_from: top!.from, breakpoint_to: top!.to });
    const expected = await listedIds(page, `from=${map.period.from}&to=${map.period.to}&breakpoint_from=${top!.from}&breakpoint_to=${top!.to}`);
    expect(expected.length).toBe(top!.items);
    await poll(() => shownIds(page)).toEqual(expected.slice(0, 50));
    await page.close();
  }, SLOW_TEST_MS);

  it('a click on a Sankey link opens that breakpoint’s verbatims', async () => {
    // An organisation with one breakpoint: its link fills the chart between the two nodes.
    const org = await createTestOrg(testApp);
    const day = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const text = 'Booked a test drive in the app, but when I arrived at the store they said there was no booking on record.';
    await ingestFeedbackBatch(testApp.pool, systemActor(org.orgId), [0, 1, 2].map(() => ({ source: 'review', channel: 'store', occurred_at: day, text })));
    const page = await signedInPage('/journey-map', org.ownerEmail, TEST_PASSWORD);
    const map = await api<{ period: { from: string; to: string }; breakpoints: Array<{ from: string; to: string; items: number }> }>(page, '/metrics/journey-map');
    expect(map.breakpoints).toEqual([expect.objectContaining({ from: 'app', to: 'store', items: 3 })]);
    const sankey = page.getByTestId('breakpoint-sankey');
    await poll(() => sankey.locator('canvas').count()).toBeGreaterThan(0);
    const box = (await sankey.boundingBox())!;
    // Between the source node (left margin 16) and the target node (right margin 140); the link
    // takes clicks once its entry animation ends, so click until the inbox opens.
    await expect
      .poll(
        async () => {
          if (new URL(page.url()).pathname === '/journey-map') await page.mouse.click(box.x + 16 + (box.width - 156) / 2, box.y + box.height / 2);
          return new URL(page.url()).pathname;
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe('/inbox');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ from: map.period.from, to: map.period.to, breakpoint_from: 'app', breakpoint_to: 'store' });
    await poll(() => page.getByTestId('inbox-item').count()).toBe(3);
    await page.close();
  }, SLOW_TEST_MS);

  it('the Overview’s latest alerts are the newest open alerts of the API, linking to the alerts inbox', async () => {
    const page = await signedInPage(`/overview?${range}`);
    const alerts = (await api<{ items: Array<{ id: string; title: string; severity: string; count: number }> }>(page, '/alerts?status=open&limit=5')).items;
    expect(alerts.length).toBe(3);
    await poll(() => page.getByTestId('overview-alert').count()).toBe(alerts.length);
    const rows = page.getByTestId('overview-alert');
    for (const [index, alert] of alerts.entries()) {
      const row = rows.nth(index);
      expect(await row.getAttribute('data-alert-id')).toBe(alert.id);
      expect(await row.getByTestId('overview-alert-title').innerText()).toBe(alert.title);
      expect(await row.getByTestId('overview-alert-severity').getAttribute('data-severity')).toBe(alert.severity);
      expect(await row.getByTestId('overview-alert-count').innerText()).toBe(whole.format(alert.count));
    }
    await page.getByTestId('overview-alerts-link').click();
    await page.waitForURL(/\/alerts$/);
    await page.close();
  }, SLOW_TEST_MS);

  it('carries the segment from the Overview to the other dashboards and into the inbox, where it can be cleared', async () => {
    const page = await signedInPage(`/overview?${range}`);
    await poll(() => page.locator('[data-testid="dashboard-filter-segment"] option[value="vip"]').count()).toBe(1);
    await page.getByTestId('dashboard-filter-segment').selectOption('vip');
    await page.waitForURL(/segment=vip/);
    const overview = await api<{ metrics: { volume: number } }>(page, `/metrics/overview?${range}&segment=vip`);
    expect(overview.metrics.volume).toBe(24);
    await poll(() => page.getByTestId('kpi-volume-value').innerText()).toBe(whole.format(24));
    // Across dashboards through the menu…
    await page.getByTestId('nav-journey-map').click();
    await page.waitForURL(/\/journey-map\?.*segment=vip/);
    await page.getByTestId('nav-overview').click();
    await page.waitForURL(/\/overview\?.*segment=vip/);
    // …and into the inbox.
    await page.getByTestId('overview-inbox').click();
    await page.waitForURL(/\/inbox\?.*segment=vip/);
    await poll(() => page.getByTestId('filter-segment').inputValue()).toBe('vip');
    const expected = await listedIds(page, `${range}&segment=vip`);
    expect(expected.length).toBe(24);
    await poll(() => shownIds(page)).toEqual(expected);
    await page.getByTestId('filter-segment').selectOption('');
    await page.waitForURL((url) => !url.searchParams.has('segment'));
    await poll(() => page.getByTestId('inbox-item').count()).toBe(50);
    await page.close();
  }, SLOW_TEST_MS);
});
