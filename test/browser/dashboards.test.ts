// The analytics dashboards in real headless Chromium against the real server, loaded with the demo
// organisation: every page shows the same figures the API returns, filters travel in the URL and
// across pages, and chart data can be exported.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, type LoadedDemo } from '../../src/domain/demo/load-demo.ts';
import { type TestApp } from '../support/test-app.ts';
import { startBrowserTestBed, type BrowserTestBed } from '../support/browser-test-bed.ts';

let bed: BrowserTestBed;
let testApp: TestApp;
let browser: Browser;
let baseUrl: string;
let demo: LoadedDemo;
let range: string;

const one = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en');
const shown = (value: number | null) => (value === null ? '—' : one.format(value));

beforeAll(async () => {
  bed = await startBrowserTestBed();
  ({ testApp, baseUrl, browser } = bed);
  demo = await loadDemo(testApp.pool, { now: new Date(), feedbackCount: 600 });
  const { rows } = await testApp.pool.query(
    `SELECT to_char(min(occurred_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "from", to_char(max(occurred_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "to" FROM feedback`,
  );
  range = `from=${rows[0].from}&to=${rows[0].to}`;
}, 300_000);

afterAll(() => bed?.close());

async function signedInPage(path: string, language = 'en'): Promise<Page> {
  const page = await browser.newPage({ locale: language === 'en' ? 'en-US' : language, acceptDownloads: true });
  await page.addInitScript((lang) => localStorage.setItem('openvoc.lang', lang), language);
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL(/\/login/);
  await page.getByTestId('login-email').fill(demo.owner.email);
  await page.getByTestId('login-password').fill(demo.password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** The API answer as the signed-in page sees it (same cookie, same server). */
const api = <T>(page: Page, path: string): Promise<T> => page.evaluate(async (url) => (await fetch(url)).json(), `/api/v1${path}`) as Promise<T>;

interface Est { value: number | null; n: number }
interface Metrics { volume: number; nps: Est; csat: Est; sentiment: Est }

describe('analytics dashboards with demo data', () => {
  it('opens the overview after sign-in and shows the API’s headline figures', async () => {
    const page = await signedInPage(`/overview?${range}`);
    await page.waitForURL(/\/overview/);
    const body = await api<{ metrics: Metrics }>(page, `/metrics/overview?${range}&grain=week`);
    expect(body.metrics.volume).toBe(600);
    await expect.poll(() => page.getByTestId('kpi-volume-value').innerText()).toBe(whole.format(body.metrics.volume));
    expect(await page.getByTestId('kpi-nps-value').innerText()).toBe(shown(body.metrics.nps.value));
    expect(await page.getByTestId('kpi-csat-value').innerText()).toBe(body.metrics.csat.value === null ? '—' : `${one.format(body.metrics.csat.value)}%`);
    expect(await page.getByTestId('kpi-sentiment-value').innerText()).toBe(shown(body.metrics.sentiment.value));
    // The trend chart is drawn (a canvas exists) and its data downloads as CSV.
    await expect.poll(() => page.locator('[data-testid="overview-trend"] canvas').count()).toBeGreaterThan(0);
    const download = page.waitForEvent('download');
    await page.getByTestId('overview-trend').getByTestId('export-csv').click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    // The printable summary carries the same filters and the same NPS.
    const href = await page.getByTestId('overview-summary').getAttribute('href');
    expect(href).toContain(range.split('&')[0]);
    const html = await page.evaluate(async (url) => (await fetch(url!)).text(), href);
    expect(html).toContain(`<td>NPS</td><td>${body.metrics.nps.value === null ? '—' : body.metrics.nps.value.toFixed(1)}</td>`);
    await page.close();
  });

  it('redirects the root to the overview', async () => {
    const page = await signedInPage('/');
    await page.waitForURL(/\/overview/);
    await page.close();
  });

  it('journey map shows each touchpoint’s figures from the API and links to its verbatims', async () => {
    const page = await signedInPage(`/journey-map?${range}`);
    const body = await api<{ journey: { stages: Array<{ metrics: Metrics; touchpoints: Array<{ id: string; metrics: Metrics }> }> } }>(page, `/metrics/journey-map?${range}`);
    const touchpoints = body.journey.stages.flatMap((stage) => stage.touchpoints);
    await expect.poll(() => page.getByTestId('journey-touchpoint').count()).toBe(touchpoints.length);
    for (const touchpoint of touchpoints.slice(0, 5)) {
      const card = page.locator(`[data-touchpoint-id="${touchpoint.id}"]`);
      expect(await card.locator('[data-metric="volume"]').innerText()).toBe(`n ${whole.format(touchpoint.metrics.volume)}`);
      expect(await card.locator('[data-metric="nps"]').innerText()).toBe(`NPS ${shown(touchpoint.metrics.nps.value)}`);
    }
    const busiest = [...touchpoints].sort((a, b) => b.metrics.volume - a.metrics.volume)[0]!;
    await page.locator(`[data-touchpoint-id="${busiest.id}"]`).click();
    await page.waitForURL(new RegExp(`/inbox\\?.*touchpoint_id=${busiest.id}`));
    await expect.poll(() => page.getByTestId('inbox-item').count()).toBe(Math.min(50, busiest.metrics.volume));
    await page.close();
  });

  it('channel consistency shows every channel’s figures and the consistency score from the API', async () => {
    const page = await signedInPage(`/channels?${range}`);
    const body = await api<{ consistency: { sentiment: number | null }; channels: Array<{ key: string; metrics: Metrics }> }>(page, `/metrics/channels?${range}`);
    await expect.poll(() => page.getByTestId('channel-row').count()).toBe(body.channels.length);
    for (const channel of body.channels) {
      const row = page.locator(`[data-testid="channel-row"][data-channel="${channel.key}"]`);
      expect(await row.locator('[data-metric="volume"]').innerText()).toBe(whole.format(channel.metrics.volume));
      expect(await row.locator('[data-metric="nps"]').innerText()).toBe(shown(channel.metrics.nps.value));
    }
    expect(await page.getByTestId('consistency-sentiment-value').innerText()).toBe(shown(body.consistency.sentiment));
    await page.close();
  });

  it('theme explorer lists themes as the API does and drills into highlighted verbatims', async () => {
    const page = await signedInPage(`/themes?${range}`);
    const body = await api<{ themes: Array<{ theme: string; metrics: Metrics; nps_impact: number | null }> }>(page, `/metrics/themes?${range}`);
    expect(body.themes.length).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('theme-row').count()).toBe(body.themes.length);
    for (const theme of body.themes.slice(0, 5)) {
      const row = page.locator(`[data-testid="theme-row"][data-theme="${theme.theme}"]`);
      expect(await row.locator('[data-metric="volume"]').innerText()).toBe(whole.format(theme.metrics.volume));
      expect(await row.locator('[data-metric="impact"]').innerText()).toBe(shown(theme.nps_impact));
    }
    await page.locator(`[data-testid="theme-row"][data-theme="${body.themes[0]!.theme}"] button`).click();
    await page.waitForURL(new RegExp(`theme=${body.themes[0]!.theme}`));
    await expect.poll(() => page.getByTestId('verbatim').count()).toBe(Math.min(20, body.themes[0]!.metrics.volume));
    expect(await page.locator('[data-testid="verbatims"] mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('speaks Chinese', async () => {
    const page = await signedInPage(`/overview?${range}`, 'zh-CN');
    await expect.poll(() => page.getByTestId('nav-overview').innerText()).toBe('总览');
    await expect.poll(() => page.getByTestId('kpi-nps').innerText()).toMatch(/回复/);
    await page.close();
  });

  it('keeps the shared filters in the URL and carries them to the next dashboard', async () => {
    const page = await signedInPage(`/overview?${range}`);
    await expect.poll(() => page.getByTestId('kpi-volume-value').innerText()).not.toBe('');
    await page.getByTestId('dashboard-filter-channel').selectOption('app');
    await page.waitForURL(/channel=app/);
    const body = await api<{ metrics: Metrics }>(page, `/metrics/overview?${range}&channel=app`);
    await expect.poll(() => page.getByTestId('kpi-volume-value').innerText()).toBe(whole.format(body.metrics.volume));
    await page.getByTestId('nav-theme-explorer').click();
    await page.waitForURL(/\/themes\?.*channel=app/);
    expect(page.url()).toContain(range.split('&')[0]!);
    await page.close();
  });
});
