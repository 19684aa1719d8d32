// The service dashboard and action plans in real headless Chromium against the real server: the
// figures shown are the API's, and a plan started from the Theme explorer opens pre-filled.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { durationParts } from '../../web/src/pages/service/durations.ts';
import { createTestOrg, TEST_PASSWORD, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';
import { startBrowserTestBed, type BrowserTestBed } from '../support/browser-test-bed.ts';

let bed: BrowserTestBed;
let testApp: TestApp;
let browser: Browser;
let baseUrl: string;
let org: TestOrg;
let owner: Client;
let planId: string;
const RANGE = 'from=2026-10-05&to=2026-10-18';
const DAY = 86_400_000;

beforeAll(async () => {
  bed = await startBrowserTestBed();
  ({ testApp, baseUrl, browser } = bed);
  org = await createTestOrg(testApp, 'Service Browser Org');
  owner = await org.as('owner');
  const stores = (await owner.post('/api/v1/teams', { name: 'Stores' })).json().id;
  const online = (await owner.post('/api/v1/teams', { name: 'Online' })).json().id;
  // Cases with known moments: minutes to first response and to resolution, SLA due after 60 / 600 minutes.
  const cases: Array<[string, string | null, string, number | null, number | null, number, number]> = [
    ['2026-10-05', stores, 'closed', 30, 300, 1, 0],
    ['2026-10-06', stores, 'resolved', 90, 1000, 2, 1],
    ['2026-10-08', online, 'resolved', 10, 3000, 1, 0],
    ['2026-10-13', online, 'in_progress', 45, null, 1, 2],
    ['2026-10-14', null, 'new', null, null, 0, 0],
  ];
  for (const [index, [day, team, status, frt, ttr, replies, transfers]] of cases.entries()) {
    const created = Date.parse(`${day}T09:00:00Z`);
    const at = (minutes: number | null) => (minutes === null ? null : new Date(created + minutes * 60_000));
    await testApp.pool.query(
      `INSERT INTO cases (org_id, number, title, status, source, team_id, created_at, first_responded_at, resolved_at, reply_count, transfer_count,
                          first_response_due_at, resolution_due_at)
       VALUES ($1, $2, 'Case', $3, 'manual', $4, $5, $6, $7, $8, $9, $10, $11)`,
      [org.orgId, index + 1, status, team, new Date(created), at(frt), at(ttr), replies, transfers, at(60), at(600)],
    );
  }
  // Feedback on the waiting-time theme around a plan that took effect ten days ago.
  const started = new Date(Math.floor(Date.now() / DAY) * DAY - 10 * DAY);
  await testApp.pool.query(
    `INSERT INTO feedback (org_id, source, channel, occurred_at, nps, themes, analysis_version)
     SELECT $1, 'api', 'app', $2::timestamptz + (i % 9 + 0.5) * interval '1 day' * CASE WHEN i <= 40 THEN -1 ELSE 1 END,
            CASE WHEN i <= 40 THEN i % 11 ELSE 6 + i % 5 END, ARRAY['waiting_time'], 1
       FROM generate_series(1, 75) AS i`,
    [org.orgId, started],
  );
  const plan = await owner.post('/api/v1/action-plans', {
    title: 'More staff at peak hours', source: { kind: 'theme', theme_id: 'waiting_time' }, owner_team_id: stores, metric: 'nps', direction: 'increase', started_at: started.toISOString(), baseline_days: 10,
  });
  expect(plan.statusCode).toBe(201);
  planId = plan.json().id;
}, 300_000);

afterAll(() => bed?.close());

async function signedInPage(path: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'en-US' });
  await page.addInitScript(() => localStorage.setItem('openvoc.lang', 'en'));
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL(/\/login/);
  await page.getByTestId('login-email').fill(org.ownerEmail);
  await page.getByTestId('login-password').fill(TEST_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

const one = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const rate = (value: number | null) => (value === null ? '—' : `${one.format(value)}%`);
const duration = (minutes: number | null) => {
  const parts = durationParts(minutes);
  return parts ? `${new Intl.NumberFormat('en').format(parts.value)} ${{ minutes: 'min', hours: 'h', days: 'd' }[parts.unit]}` : '—';
};

describe('the service dashboard', () => {
  it('shows the API’s figures in the cards and the team table, with the weekly chart', async () => {
    const page = await signedInPage(`/service?${RANGE}`);
    const api = (await owner.get(`/api/v1/service-metrics?${RANGE}`)).json();
    expect(api.overall.cases).toBe(5);
    await page.getByTestId('service-kpi-cases-value').waitFor();
    expect(await page.getByTestId('service-kpi-cases-value').innerText()).toBe('5');
    expect(await page.getByTestId('service-kpi-first-response-value').innerText()).toBe(duration(api.overall.first_response.median_minutes));
    expect(await page.getByTestId('service-kpi-resolution-value').innerText()).toBe(duration(api.overall.resolution.median_minutes));
    expect(await page.getByTestId('service-kpi-fcr-value').innerText()).toBe(rate(api.overall.first_contact_resolution.value));
    expect(await page.getByTestId('service-kpi-sla-first-response-value').innerText()).toBe(rate(api.overall.sla.first_response.compliance.value));
    expect(await page.getByTestId('service-kpi-sla-resolution-value').innerText()).toBe(rate(api.overall.sla.resolution.compliance.value));
    expect(await page.getByTestId('service-kpi-transfers-value').innerText()).toBe(new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(api.overall.transfers.per_case));
    expect(await page.getByTestId('service-team-row').count()).toBe(api.by_team.length);
    for (const row of api.by_team.filter((r: { team: unknown }) => r.team)) {
      const shown = page.locator(`[data-testid="service-team-row"][data-id="${row.team.id}"]`);
      expect(await shown.getByTestId('cell-cases').innerText()).toBe(String(row.cases));
      expect(await shown.getByTestId('cell-first-response').innerText()).toBe(duration(row.first_response.median_minutes));
      expect(await shown.getByTestId('cell-fcr').innerText()).toBe(rate(row.first_contact_resolution.value));
      expect(await shown.getByTestId('cell-sla-resolution').innerText()).toBe(rate(row.sla.resolution.compliance.value));
    }
    await page.getByTestId('service-trend-chart').locator('canvas').first().waitFor();

    // Narrowing to one team reloads the figures for that team.
    const online = api.by_team.find((r: { team: { name: string } | null }) => r.team?.name === 'Online');
    await page.getByTestId('service-team').selectOption(online.team.id);
    await expect.poll(() => page.getByTestId('service-kpi-cases-value').innerText()).toBe(String(online.cases));
    await page.close();
  });
});

describe('action plans', () => {
  it('lists plans with their metric before → after and shows one with its chart', async () => {
    const page = await signedInPage('/action-plans');
    const api = (await owner.get(`/api/v1/action-plans/${planId}`)).json();
    expect(api.effect.before.n).toBe(40);
    const row = page.locator(`[data-testid="plan-row"][data-id="${planId}"]`);
    await row.waitFor();
    expect(await row.getByTestId('plan-before').getAttribute('data-value')).toBe(String(api.effect.before.value));
    expect(await row.getByTestId('plan-after').getAttribute('data-value')).toBe(String(api.effect.after.value));
    expect(await row.getByTestId('plan-before').innerText()).toContain(one.format(api.effect.before.value));
    expect(await row.getByTestId('plan-after').innerText()).toContain(`n = ${api.effect.after.n}`);
    await row.getByTestId('plan-link').click();
    await page.waitForURL(new RegExp(`/action-plans/${planId}$`));
    expect(await page.getByTestId('plan-detail-before').getAttribute('data-value')).toBe(String(api.effect.before.value));
    expect(await page.getByTestId('plan-detail-after').getAttribute('data-value')).toBe(String(api.effect.after.value));
    expect(await page.getByTestId('plan-verdict').getAttribute('data-verdict')).toBe(api.effect.improved ? 'improved' : api.effect.change.insufficient_n ? 'tooFew' : api.effect.improved === false ? 'worsened' : 'noChange');
    await page.getByTestId('plan-chart').locator('canvas').first().waitFor();
    await page.close();
  });

  it('starts a plan from the Theme explorer with the theme filled in', async () => {
    const page = await signedInPage('/themes?theme=waiting_time');
    await page.getByTestId('create-plan-from-theme').click();
    await page.waitForURL(/\/action-plans\?new=theme/);
    expect(await page.getByTestId('plan-theme').inputValue()).toBe('waiting_time');
    await page.getByTestId('plan-title').fill('Queue display in stores');
    await page.getByTestId('plan-metric').selectOption('volume');
    await page.getByTestId('plan-direction').selectOption('decrease');
    await page.getByTestId('plan-submit').click();
    await page.waitForURL(/\/action-plans\/[0-9a-f-]{36}$/);
    const created = (await owner.get('/api/v1/action-plans')).json().items.find((plan: { title: string }) => plan.title === 'Queue display in stores');
    expect(created).toMatchObject({ source: { kind: 'theme', theme_id: 'waiting_time' }, metric: 'volume', direction: 'decrease', status: 'open' });
    expect(page.url()).toContain(created.id);
    await page.close();
  });
});
