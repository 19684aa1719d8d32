// Reply templates in real headless Chromium: an owner writes a bilingual template with placeholders
// inserted from buttons and sees the preview, is told which placeholder is unknown, deletes one; an
// agent reads the templates without edit controls.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  org = await createTestOrg(testApp, 'Templates Browser Org');
});
afterAll(() => bed?.close());

const signIn = (page: Page, email: string) => signInAt(page, baseUrl, email, '/settings/reply-templates');

describe('reply templates settings', () => {
  it('an owner writes a template with placeholders, fixes an unknown one, and deletes a template (Chinese UI)', async () => {
    const page = await browser.newPage({ locale: 'zh-CN' });
    await signIn(page, org.ownerEmail);
    await page.getByTestId('templates-empty').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('回复模板');

    await page.getByTestId('template-new').click();
    await page.getByTestId('template-name').fill('退款致歉');
    await page.getByTestId('template-channel').selectOption('sms');
    await page.getByTestId('template-body').fill('您好，工单 #');
    await page.getByTestId('placeholder-case_number').click();
    await page.getByTestId('template-body').press('End');
    await page.getByTestId('template-body').pressSequentially(' 已处理，{{order}}');
    // SMS has no subject.
    expect(await page.getByTestId('template-subject').count()).toBe(0);
    expect(await page.getByTestId('template-preview').innerText()).toContain('您好，工单 #42 已处理');
    await page.getByTestId('template-save').click();
    await expect.poll(() => page.getByTestId('template-error').innerText()).toContain('{{order}}');

    await page.getByTestId('template-body').fill('');
    await page.getByTestId('placeholder-customer_name').click();
    await page.getByTestId('template-body').press('End');
    await page.getByTestId('template-body').pressSequentially('您好，您的退款已处理。');
    expect(await page.getByTestId('template-preview').innerText()).toContain('王芳您好，您的退款已处理。');
    await page.getByTestId('template-save').click();
    await expect.poll(() => page.getByTestId('template-row').count()).toBe(1);
    expect(await page.getByTestId('template-row').innerText()).toContain('短信');

    const owner = await org.as('owner');
    const [stored] = (await owner.get('/api/v1/reply-templates')).json().items;
    expect(stored).toMatchObject({ name: '退款致歉', channel: 'sms', lang: 'zh-CN', body: '{{customer_name}}您好，您的退款已处理。' });

    await page.getByTestId('template-delete').click();
    await page.getByTestId('confirm-accept').click();
    await page.getByTestId('templates-empty').waitFor();
    expect((await owner.get('/api/v1/reply-templates')).json().items).toEqual([]);
    await page.close();
  });

  it('an agent reads the templates without edit controls (English UI)', async () => {
    const owner = await org.as('owner');
    expect((await owner.post('/api/v1/reply-templates', { name: 'Refund on its way', lang: 'en', body: 'Dear {{customer_name}}, your refund is on its way.' })).statusCode).toBe(201);
    await org.as('agent');
    const agentEmail = (await testApp.pool.query(`SELECT email FROM users WHERE org_id = $1 AND role = 'agent'`, [org.orgId])).rows[0].email as string;
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page, agentEmail);
    await expect.poll(() => page.getByTestId('template-row').count()).toBe(1);
    expect(await page.getByTestId('template-row').innerText()).toContain('Refund on its way');
    expect(await page.getByTestId('template-new').count()).toBe(0);
    expect(await page.getByTestId('template-edit').count()).toBe(0);
    await page.getByTestId('read-only-notice').waitFor();
    await page.close();
  });
});
