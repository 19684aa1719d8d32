// SLA & business hours settings in real headless Chromium: an owner splits Monday around lunch (and is told
// first that the periods overlap), adds a holiday, changes a target and the time zone; a viewer only reads;
// a team lead is marked in the team dialog.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, addTeam } from '../case-sla-fixtures.ts';
import { signInAt } from '../support/browser.ts';
import { createTestOrg, type TestApp, type TestOrg } from '../support/test-app.ts';
import { startBrowserTestBed, type BrowserTestBed } from '../support/browser-test-bed.ts';

let bed: BrowserTestBed;
let testApp: TestApp;
let browser: Browser;
let baseUrl: string;
let org: TestOrg;

beforeAll(async () => {
  bed = await startBrowserTestBed({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
  ({ testApp, baseUrl, browser } = bed);
  org = await createTestOrg(testApp, 'SLA Browser Org');
});
afterAll(() => bed?.close());

const signIn = (page: Page, email: string, path: string) => signInAt(page, baseUrl, email, path);

describe('SLA & business hours settings', () => {
  it('an owner edits hours, holidays, targets and the zone, fixing overlapping periods first (Chinese UI)', async () => {
    const page = await browser.newPage({ locale: 'zh-CN' });
    await signIn(page, org.ownerEmail, '/settings/case-settings');
    await page.getByTestId('case-settings-form').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('SLA 与工作时间');

    await page.getByTestId('hours-mon-add').click();
    await page.getByTestId('case-settings-save').click();
    await expect.poll(() => page.getByTestId('case-settings-problems').innerText()).toContain('business_hours.mon[1].start');

    await page.getByTestId('hours-mon-0-end').fill('12:00');
    await page.getByTestId('hours-mon-1-start').fill('13:00');
    await page.getByTestId('holiday-date').fill('2026-10-01');
    await page.getByTestId('holiday-add').click();
    await page.getByTestId('sla-urgent-first_response_minutes-hours').fill('1');
    await page.getByTestId('sla-urgent-first_response_minutes-minutes').fill('15');
    await page.getByTestId('case-timezone').selectOption('America/New_York');
    await page.getByTestId('case-settings-save').click();
    await page.getByTestId('case-settings-saved').waitFor();
    expect(await page.getByTestId('case-settings-problems').count()).toBe(0);

    const stored = (await (await org.as('owner')).get('/api/v1/case-settings')).json();
    expect(stored).toMatchObject({ timezone: 'America/New_York', holidays: ['2026-10-01'] });
    expect(stored.business_hours.mon).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '18:00' },
    ]);
    expect(stored.sla.urgent).toEqual({ first_response_minutes: 75, resolution_minutes: 240 });

    // The page shows what was stored after a reload.
    await page.reload();
    await page.getByTestId('holiday').waitFor();
    expect(await page.getByTestId('holiday').getAttribute('data-date')).toBe('2026-10-01');
    expect(await page.getByTestId('case-timezone').inputValue()).toBe('America/New_York');
    await page.close();
  });

  it('a viewer reads the settings without being able to change them (English UI)', async () => {
    const viewer = await addPerson(testApp.pool, org.orgId, 'Viewer Vi', 'viewer');
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page, viewer.email, '/settings/case-settings');
    await page.getByTestId('case-settings-form').waitFor();
    expect(await page.getByText('Only owners and admins can change these settings.').count()).toBe(1);
    expect(await page.getByTestId('case-settings-save').count()).toBe(0);
    expect(await page.getByTestId('case-timezone').isDisabled()).toBe(true);
    expect(await page.getByTestId('hours-mon-add').count()).toBe(0);
    await page.close();
  });

  it('an owner marks a team lead in the team dialog', async () => {
    const lead = await addPerson(testApp.pool, org.orgId, 'Lead Liu');
    const teamId = await addTeam(testApp.pool, org.orgId, 'Care', [lead]);
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page, org.ownerEmail, '/settings/users');
    const row = page.locator(`[data-team-id="${teamId}"]`);
    await row.getByTestId('team-members').click();
    await page.getByRole('checkbox', { name: 'Lead Liu is a team lead' }).check();
    await page.getByTestId('team-members-save').click();
    await expect.poll(() => row.locator('.team-members').innerText()).toContain('Lead Liu (lead)');
    const teams = (await (await org.as('owner')).get('/api/v1/teams')).json().items as Array<{ id: string; members: Array<{ id: string; is_lead: boolean }> }>;
    expect(teams.find((team) => team.id === teamId)!.members).toEqual([expect.objectContaining({ id: lead.id, is_lead: true })]);
    await page.close();
  });
});
