// Settings → Themes in real headless Chromium against the real server: edit and save the taxonomy,
// see the new theme in "Try it", learn custom themes from an uploaded JSON Lines file, and check
// that a viewer only reads.
import { readFile } from 'node:fs/promises';
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
const viewerEmail = `viewer-${Date.now().toString(36)}@example.com`;

beforeAll(async () => {
  bed = await startBrowserTestBed();
  ({ testApp, baseUrl, browser } = bed);
  org = await createTestOrg(testApp, 'Themes Org');
  await createUser(testApp.pool, systemActor(org.orgId), { email: viewerEmail, name: 'Viewer', password: TEST_PASSWORD, role: 'viewer' });
});

afterAll(() => bed?.close());

async function openThemes(email: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'en-US' });
  await page.goto(`${baseUrl}/inbox`);
  await page.waitForURL(/\/login/);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(TEST_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/inbox/);
  await page.getByTestId('nav-themes').click();
  await page.waitForURL(/\/settings\/themes/);
  await page.getByTestId('themes-table').waitFor();
  return page;
}

const examples = [
  ...['my card was declined at the store', 'card payment failed twice', 'the terminal rejected my card', 'declined card again'].map((text) => ({ text, themes: ['card_declined'] })),
  ...['I want to close my account', 'please delete my account', 'how do I cancel my membership', 'close the account now'].map((text) => ({ text, themes: ['close_account'] })),
];
const jsonl = (lines: string[]) => ({ name: 'examples.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(lines.join('\n')) });

describe('themes settings', () => {
  it('adds a theme, saves the taxonomy and finds the theme with "Try it"', async () => {
    const page = await openThemes(org.ownerEmail);
    expect(await page.getByTestId('taxonomy-badge').getAttribute('data-default')).toBe('true');

    await page.getByTestId('theme-add').click();
    await page.getByTestId('theme-id').fill('parking_lot');
    await page.getByTestId('theme-label-zh').fill('停车');
    await page.getByTestId('theme-label-en').fill('Parking');
    await page.getByTestId('theme-terms-zh').fill('停车场');
    await page.getByTestId('theme-terms-en').fill('parking*\ncar_park');
    await page.getByTestId('theme-patterns').fill('(unclosed');
    await expect.poll(() => page.getByTestId('theme-patterns-problems').innerText()).toContain('(unclosed');
    expect(await page.getByTestId('theme-submit').isDisabled()).toBe(true);
    await page.getByTestId('theme-patterns').fill('');
    await page.getByTestId('theme-submit').click();
    await page.locator('[data-testid="theme-row"][data-theme-id="parking_lot"]').waitFor();
    await page.getByTestId('taxonomy-dirty').waitFor();

    // Leaving with unsaved changes asks first.
    await page.getByTestId('nav-channels').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Cancel' }).click();
    expect(page.url()).toMatch(/\/settings\/themes/);

    await page.getByTestId('taxonomy-save').click();
    await expect.poll(() => page.getByTestId('taxonomy-notice').getAttribute('data-notice')).toBe('saved');
    expect(await page.getByTestId('taxonomy-badge').getAttribute('data-default')).toBe('false');
    expect(await page.getByTestId('taxonomy-dirty').count()).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('taxonomy-export').click()]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported.themes.map((theme: { id: string }) => theme.id)).toContain('parking_lot');

    await page.getByTestId('theme-search').fill('car_park');
    await expect.poll(() => page.getByTestId('theme-row').count()).toBe(1);

    await page.getByTestId('try-text').fill('The parking at the <b>store</b> was full, I drove around for an hour');
    await page.getByTestId('try-submit').click();
    await page.locator('[data-testid="try-theme"][data-theme-id="parking_lot"]').waitFor();
    const marks = await page.locator('[data-testid="evidence-mark"][data-themes~="parking_lot"]').allInnerTexts();
    expect(marks.join(' ')).toMatch(/parking/i);
    expect(await page.getByTestId('try-highlighted').innerText()).toContain('<b>store</b>');
    await page.close();
  });

  it('shows the server’s validation problems next to the theme after importing a file', async () => {
    const page = await openThemes(org.ownerEmail);
    const theme = { id: 'dup', label_en: 'Dup', label_zh: '重复', terms_zh: ['重复'], terms_en: [], patterns: [] };
    await page.getByTestId('taxonomy-import').setInputFiles({
      name: 'taxonomy.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 1, themes: [theme, theme] })),
    });
    await expect.poll(() => page.getByTestId('taxonomy-notice').getAttribute('data-notice')).toBe('imported');
    await page.getByTestId('taxonomy-save').click();
    await page.getByTestId('theme-row-problems').waitFor();
    expect(await page.getByTestId('theme-row').nth(1).innerText()).toContain('duplicate');
    expect(await page.getByTestId('theme-row').nth(0).getByTestId('theme-row-problems').count()).toBe(0);
    await page.close();
  });

  it('learns custom themes from an uploaded JSON Lines file, reporting bad lines first', async () => {
    const page = await openThemes(org.ownerEmail);
    await page.getByTestId('custom-themes-none').waitFor();
    await page.getByTestId('custom-themes-file').setInputFiles(jsonl([JSON.stringify(examples[0]), 'not json', '{"text": "x"}']));
    const problems = page.getByTestId('custom-themes-problems');
    await expect.poll(() => problems.innerText()).toContain('Line 2');
    expect(await problems.innerText()).toContain('Line 3');

    await page.getByTestId('custom-themes-file').setInputFiles(jsonl(examples.map((example) => JSON.stringify(example))));
    await page.getByTestId('custom-themes-summary').waitFor();
    expect(await page.locator('[data-testid="custom-theme-row"][data-theme-id="card_declined"]').innerText()).toContain('4');
    expect(await page.getByTestId('custom-themes-problems').count()).toBe(0);
    await page.close();
  });

  it('is read-only for a viewer', async () => {
    const page = await openThemes(viewerEmail);
    await page.getByTestId('read-only-notice').waitFor();
    await page.locator('[data-testid="theme-row"][data-theme-id="parking_lot"]').waitFor();
    await page.getByTestId('custom-themes-summary').waitFor();
    for (const testId of ['theme-add', 'taxonomy-save', 'taxonomy-restore', 'taxonomy-import', 'theme-delete', 'custom-themes-file', 'custom-themes-remove']) {
      expect(await page.getByTestId(testId).count(), testId).toBe(0);
    }
    await page.locator('[data-testid="theme-row"][data-theme-id="parking_lot"]').getByTestId('theme-edit').click();
    expect(await page.getByTestId('theme-label-en').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('theme-submit').count()).toBe(0);
    await page.close();
  });

  it('restores the built-in taxonomy after confirming', async () => {
    const page = await openThemes(org.ownerEmail);
    expect(await page.getByTestId('taxonomy-badge').getAttribute('data-default')).toBe('false');
    await page.getByTestId('taxonomy-restore').click();
    await page.getByTestId('confirm-accept').click();
    await expect.poll(() => page.getByTestId('taxonomy-badge').getAttribute('data-default')).toBe('true');
    expect(await page.locator('[data-testid="theme-row"][data-theme-id="parking_lot"]').count()).toBe(0);
    await page.close();
  });
});
