// Surveys in real headless Chromium against the real server: build a survey in the dashboard with its
// live preview, answer it on its link page as a WeChat user on a phone, on the kiosk page, and through
// the widget embedded in another site's page; see the responses arrive as feedback.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverInvitations } from '../../src/domain/surveys/deliver-invitations.ts';
import { createTestOrg, TEST_PASSWORD, type Client, type TestApp, type TestOrg } from '../support/test-app.ts';
import { startBrowserTestBed, type BrowserTestBed } from '../support/browser-test-bed.ts';

const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F35) NetType/WIFI Language/zh_CN';

let bed: BrowserTestBed;
let testApp: TestApp;
let browser: Browser;
let baseUrl: string;
let org: TestOrg;
let owner: Client;
let hostSite: Server;
let hostUrl: string;
let surveyId = '';
let linkUrl = '';
let smtp: SMTPServer;
let smtpPort = 0;
const mails: string[] = [];

beforeAll(async () => {
  bed = await startBrowserTestBed({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
  ({ testApp, baseUrl, browser } = bed);
  org = await createTestOrg(testApp, 'Survey Browser Org');
  owner = await org.as('owner');
  // Another origin embedding the widget, as a customer's website would.
  hostSite = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><html><body><h1>Shop</h1>
      <button id="checkout" onclick="OpenVoC.identify({ member_id: 'W-42' }); OpenVoC.track('checkout')">Pay</button>
      <script src="${baseUrl}/widget.js" data-survey="${surveyId}" data-trigger="event:checkout" data-lang="en"></script></body></html>`);
  });
  await new Promise<void>((resolve) => hostSite.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(hostSite.address() as AddressInfo).port}/`;
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        mails.push(raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => hostSite?.close(() => resolve()));
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  await bed?.close();
});

async function signIn(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/surveys`);
  await page.waitForURL(/\/login/);
  await page.getByTestId('login-email').fill(org.ownerEmail);
  await page.getByTestId('login-password').fill(TEST_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/surveys/);
}

const surveyFeedback = async () => (await owner.get('/api/v1/feedback?source=survey')).json().items as Array<Record<string, any>>;
const choose = (page: Page, testId: string) => page.locator(`label:has([data-testid="${testId}"])`).click();

describe('surveys in the browser', () => {
  it('builds a survey in the dashboard with a live preview and makes a WeChat link', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page);
    await page.getByTestId('survey-new').click();
    await page.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);
    surveyId = page.url().split('/').pop()!;

    // Typing is not interrupted by the live preview redrawing itself.
    await page.getByTestId('survey-name').fill('');
    await page.getByTestId('survey-name').pressSequentially('Store visit');
    expect(await page.getByTestId('survey-name').inputValue()).toBe('Store visit');
    await page.getByTestId('survey-title-en').fill('How was your store visit?');
    await page.getByTestId('survey-title-zh').fill('门店体验调查');
    await page.getByTestId('survey-status').selectOption('open');
    // The preview is the respondent renderer itself, updated as the survey is edited.
    await page.getByTestId('preview-lang').selectOption('en');
    await expect.poll(() => page.getByTestId('survey-preview').getByText('How was your store visit?').count()).toBe(1);
    await page.getByTestId('survey-save').click();
    await expect.poll(() => page.getByTestId('survey-saved').count()).toBe(1);
    expect((await owner.get(`/api/v1/surveys/${surveyId}`)).json()).toMatchObject({ name: 'Store visit', status: 'open', availability: 'open' });

    await page.getByTestId('share-channel').selectOption('wechat');
    await page.getByTestId('share-make-link').click();
    linkUrl = (await page.getByTestId('share-link').getAttribute('href'))!;
    expect(linkUrl).toContain('/s/');
    expect(await page.getByTestId('widget-snippet').innerText()).toContain(`data-survey="${surveyId}"`);
    await page.close();
  });

  it('is answered on its link page in WeChat on a phone, and the response arrives in the dashboard', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', userAgent: WECHAT_UA, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const phone = await context.newPage();
    const errors: string[] = [];
    phone.on('pageerror', (error) => errors.push(error.message));
    await phone.goto(linkUrl);
    await expect.poll(() => phone.getByTestId('survey-root').getByText('门店体验调查').count()).toBe(1);
    // The required NPS question cannot be skipped.
    await phone.getByTestId('survey-next').click();
    await expect.poll(() => phone.getByTestId('survey-error').innerText()).toContain('请回答此问题');
    await choose(phone, 'answer-nps-3');
    await phone.getByTestId('survey-next').click();
    await phone.getByTestId('answer-why').fill('排队太久，店员态度冷淡');
    await phone.getByTestId('survey-submit').click();
    await expect.poll(() => phone.getByTestId('survey-thanks').count()).toBe(1);
    expect(await phone.getByTestId('survey-thanks').innerText()).toContain('感谢您的反馈');
    expect(errors).toEqual([]);
    await context.close();

    await expect.poll(async () => (await surveyFeedback()).length).toBe(1);
    expect((await surveyFeedback())[0]).toMatchObject({ channel: 'wechat', nps: 3, text: '排队太久，店员态度冷淡', metadata: { survey_id: surveyId } });

    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page);
    await page.goto(`${baseUrl}/surveys/${surveyId}`);
    await expect.poll(() => page.getByTestId('response-row').count()).toBe(1);
    expect(await page.getByTestId('response-row').innerText()).toContain('nps: 3');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('responses-csv').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('排队太久，店员态度冷淡');
    await page.close();
  });

  it('starts over on the kiosk page after each answer', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(`${baseUrl}/k/${surveyId}`);
    await choose(page, 'answer-nps-9');
    await page.getByTestId('survey-next').click();
    await page.getByTestId('survey-submit').click();
    await expect.poll(() => page.getByTestId('survey-thanks').count()).toBe(1);
    await page.getByTestId('survey-restart').click();
    await expect.poll(() => page.getByTestId('answer-nps-9').count()).toBe(1);
    expect(await page.getByTestId('answer-nps-9').isChecked()).toBe(false);
    await page.close();
    await expect.poll(async () => (await surveyFeedback()).filter((item) => item.channel === 'store').length).toBe(1);
  });

  it('is answered through the widget embedded in another site, once per visitor', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(hostUrl);
    expect(await page.locator('openvoc-survey').count()).toBe(0);
    await page.locator('#checkout').click();
    const widget = page.getByTestId('openvoc-widget');
    await expect.poll(() => widget.getByText('How was your store visit?').count()).toBe(1);
    // The host page's styles do not reach inside the widget's shadow root, and vice versa.
    expect(await page.evaluate(() => document.querySelector('openvoc-survey')?.shadowRoot !== null)).toBe(true);
    await choose(page, 'answer-nps-10');
    await page.getByTestId('survey-next').click();
    await page.getByTestId('survey-submit').click();
    await expect.poll(() => widget.getByTestId('survey-thanks').count()).toBe(1);
    await expect.poll(async () => (await surveyFeedback()).filter((item) => item.channel === 'website').length).toBe(1);
    expect((await surveyFeedback()).find((item) => item.channel === 'website')).toMatchObject({ nps: 10, identifiers: { member_id: 'W-42' } });

    await page.reload();
    await page.locator('#checkout').click();
    expect(await page.locator('openvoc-survey').count()).toBe(0);
    expect(await page.evaluate((id) => JSON.parse(localStorage.getItem(`openvoc:${id}`) ?? '{}').completed, surveyId)).toBe(true);
    await page.close();
  });

  it('sends the survey by e-mail from the distribution page and shows the funnel', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await signIn(page);
    await page.goto(`${baseUrl}/surveys/${surveyId}/distribute`);
    expect(await page.getByTestId('settings-public-url').inputValue()).toBe(baseUrl);
    await page.getByTestId('settings-smtp-host').fill('127.0.0.1');
    await page.getByTestId('settings-smtp-port').fill(String(smtpPort));
    await page.getByTestId('settings-smtp-from').fill('OpenVoC <voc@example.com>');
    await page.getByTestId('settings-save').click();
    await expect.poll(() => page.getByTestId('settings-saved').count()).toBe(1);

    await page.getByTestId('dist-recipients').fill('Wang.Fang@example.com, 王芳, M-88');
    await page.getByTestId('dist-send').click();
    await expect.poll(() => page.getByTestId('dist-row').count()).toBe(1);
    expect(await page.getByTestId('dist-total').innerText()).toBe('1');

    // The job worker's work, done here so the test does not wait for a poll interval.
    const [distribution] = (await owner.get(`/api/v1/surveys/${surveyId}/distributions`)).json().items;
    await deliverInvitations(testApp.pool, org.orgId, distribution.id);
    expect(mails).toHaveLength(1);
    const link = mails[0]!.match(/http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_.-]+\?lang=zh-CN/)![0];

    const phone = await browser.newPage({ locale: 'zh-CN', userAgent: WECHAT_UA, viewport: { width: 390, height: 844 } });
    await phone.goto(link);
    await choose(phone, 'answer-nps-10');
    await phone.getByTestId('survey-next').click();
    await phone.getByTestId('survey-submit').click();
    await expect.poll(() => phone.getByTestId('survey-thanks').count()).toBe(1);
    await phone.goto(link);
    expect(await phone.getByTestId('survey-message').innerText()).toContain('已经填写过');
    await phone.close();

    await page.getByTestId('dist-reload').click();
    await expect.poll(() => page.getByTestId('dist-completed').innerText()).toBe('1');
    expect(await page.getByTestId('dist-sent').innerText()).toBe('1');
    expect(await page.getByTestId('dist-opened').innerText()).toBe('1');
    expect((await surveyFeedback()).find((item) => item.channel === 'email')).toMatchObject({ nps: 10, identifiers: { email: 'wang.fang@example.com', name: '王芳', member_id: 'M-88' } });
    await page.close();
  });
});
