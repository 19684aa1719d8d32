// Answering surveys on the public doors: personal and anonymous links, kiosk, widget endpoints.
// Partial saves, skip logic, one response per personal link, closed surveys, escaping, abuse limits,
// and the feedback item every completed response becomes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLink, createSurvey, expectError, npsSurvey, session } from './surveys-fixtures.ts';
import { createTestOrg, startTestApp, type Client, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
});
afterAll(() => testApp.close());

const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  testApp.app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json', ...headers } });
const get = (url: string, headers: Record<string, string> = {}) => testApp.app.inject({ method: 'GET', url, headers });

async function surveyFeedback(owner: Client) {
  return (await owner.get('/api/v1/feedback?source=survey')).json().items as Array<Record<string, any>>;
}

async function setup(overrides: Record<string, unknown> = {}) {
  const owner = await (await createTestOrg(testApp)).as('owner');
  const survey = await createSurvey(owner, npsSurvey(overrides));
  return { owner, survey };
}

describe('personal links', () => {
  it('saves partial answers, completes once, becomes a feedback item, and shows it was answered on re-opening', async () => {
    const { owner, survey } = await setup();
    const link = await createLink(owner, survey.id, { channel: 'email', identifiers: { email: 'Li.Lei@Example.com', member_id: 'M-1' } });
    const page = await get(`/s/${link.token}`, { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<html lang="zh-CN">');
    expect(page.body).toContain('<title>购物体验调查</title>');
    expect(page.body).toContain('src="/widget.js"');
    expect(page.body).not.toMatch(/<script>(?!<)/);

    const partial = await post(`/s/${link.token}/responses`, { answers: { nps: 3 }, completed: false, lang: 'zh-CN', session: session('a') });
    expect(partial.statusCode, partial.body).toBe(200);
    expect(await surveyFeedback(owner)).toEqual([]);
    const saved = (await owner.get(`/api/v1/surveys/${survey.id}/responses`)).json().items;
    expect(saved).toMatchObject([{ answers: { nps: 3 }, completed_at: null, channel: 'email', personal: true }]);
    // Re-opening the link resumes with the answers saved so far.
    expect((await get(`/s/${link.token}`)).body).toContain('"answers":{"nps":3}');

    const done = await post(`/s/${link.token}/responses`, { answers: { nps: 3, why: '快递太慢了，客服也不回复', topics: ['delivery'] }, completed: true, lang: 'zh-CN', session: session('b') });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ completed: true });

    const [item, ...rest] = await surveyFeedback(owner);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      source: 'survey',
      channel: 'email',
      nps: 3,
      text: '快递太慢了，客服也不回复',
      external_id: `response:${done.json().response_id}`,
      identifiers: { email: 'li.lei@example.com', member_id: 'M-1' },
      metadata: { survey_id: survey.id, survey_name: 'Post-purchase NPS', response_id: done.json().response_id, lang: 'zh-CN' },
    });
    expect(item!.lang).toBe('zh');

    const reopened = await get(`/s/${link.token}`, { 'accept-language': 'en' });
    expect(reopened.body).toContain('already answered');
    expect(reopened.body).not.toContain('openvoc-data');
    expectError(await post(`/s/${link.token}/responses`, { answers: { nps: 10 }, completed: true, session: session('c') }), 409, 'already_answered');
    expect(await surveyFeedback(owner)).toHaveLength(1);
    const stored = (await owner.get(`/api/v1/surveys/${survey.id}/responses`)).json().items;
    expect(stored).toMatchObject([{ answers: { nps: 3, topics: ['delivery'] }, feedback_id: item!.id }]);
  });

  it.each([
    ['a tampered token', (token: string) => token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA')],
    ['a token of nothing', () => 'eyJzIjoiYSIsImMiOiJlbWFpbCJ9.AAAAAAAAAAAAAAAAAAAAAA'],
    ['garbage', () => 'not-a-token-at-all'],
  ])('refuses %s with a 404 page and a 404 on submit', async (_case, mutate) => {
    const { owner, survey } = await setup();
    const token = mutate((await createLink(owner, survey.id, { identifiers: { member_id: 'M' } })).token);
    const page = await get(`/s/${token}`);
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('data-testid="survey-message"');
    expectError(await post(`/s/${token}/responses`, { answers: { nps: 1 }, completed: true, session: session('x') }), 404, 'not_found');
  });
});

describe('anonymous links, skip logic and validation', () => {
  it('lets many respondents answer an anonymous link, each session once', async () => {
    const { owner, survey } = await setup();
    const link = await createLink(owner, survey.id, { channel: 'wechat' });
    expect((await post(`/s/${link.token}/responses`, { answers: { nps: 10 }, completed: true, session: session('one') })).statusCode).toBe(200);
    expect((await post(`/s/${link.token}/responses`, { answers: { nps: 9 }, completed: true, session: session('two') })).statusCode).toBe(200);
    // The same session submitting again (a double tap, a retry) does not create a second response.
    expectError(await post(`/s/${link.token}/responses`, { answers: { nps: 9 }, completed: true, session: session('two') }), 409, 'already_answered');
    const items = await surveyFeedback(owner);
    expect(items.map((item) => [item.channel, item.nps]).sort()).toEqual([['wechat', 10], ['wechat', 9]].sort());
  });

  it('follows skip logic: a promoter skips the follow-up, a detractor must answer it', async () => {
    const { owner, survey } = await setup();
    const link = await createLink(owner, survey.id, {});
    // NPS 10 jumps to the end: the required "why" is not asked, and answers beyond the path are dropped.
    expect((await post(`/s/${link.token}/responses`, { answers: { nps: 10, topics: ['staff'] }, completed: true, session: session('p') })).statusCode).toBe(200);
    expectError(await post(`/s/${link.token}/responses`, { answers: { nps: 4 }, completed: true, session: session('d') }), 400, 'validation_failed', 'answers.why');
    const responses = (await owner.get(`/api/v1/surveys/${survey.id}/responses`)).json().items;
    expect(responses.find((r: any) => r.completed_at).answers).toEqual({ nps: 10 });
  });

  it.each([
    ['an NPS above 10', { nps: 11 }, 'answers.nps'],
    ['a fractional NPS', { nps: 7.5 }, 'answers.nps'],
    ['an unknown question', { nps: 5, colour: 'red' }, 'answers.colour'],
    ['an unknown option', { nps: 5, why: 'x', topics: ['price'] }, 'answers.topics'],
    ['a repeated option', { nps: 5, why: 'x', topics: ['staff', 'staff'] }, 'answers.topics'],
    ['text where a number is due', { nps: 'ten' }, 'answers.nps'],
    ['an over-long text', { nps: 5, why: 'x'.repeat(5001) }, 'answers.why'],
  ])('refuses %s without storing anything', async (_case, answers, path) => {
    const { owner, survey } = await setup();
    const link = await createLink(owner, survey.id, {});
    expectError(await post(`/s/${link.token}/responses`, { answers, completed: true, session: session('v') }), 400, 'validation_failed', path);
    expect((await owner.get(`/api/v1/surveys/${survey.id}/responses`)).json().items).toEqual([]);
  });

  it.each([
    ['a bad session key', { answers: { nps: 1 }, session: 'short' }, 'session'],
    ['a missing session key', { answers: { nps: 1 } }, 'session'],
    ['an unknown field', { answers: { nps: 1 }, session: session('f'), score: 1 }, ''],
  ])('refuses a submission with %s', async (_case, body, path) => {
    const { owner, survey } = await setup();
    const link = await createLink(owner, survey.id, {});
    expectError(await post(`/s/${link.token}/responses`, body), 400, 'validation_failed', path || undefined);
  });
});

describe('responses export', () => {
  it('downloads all responses as CSV with one column per question, Excel-safe', async () => {
    const { owner, survey } = await setup();
    const link = await createLink(owner, survey.id, {});
    await post(`/s/${link.token}/responses`, { answers: { nps: 2, why: '=HYPERLINK("x"), "太慢"', topics: ['delivery', 'staff'] }, completed: true, lang: 'zh-CN', session: session('csv1') });
    await post(`/s/${link.token}/responses`, { answers: { nps: 10 }, completed: false, session: session('csv2') });
    const response = await owner.get(`/api/v1/surveys/${survey.id}/responses?format=csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('.csv');
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const lines = response.body.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('response_id,started_at,completed_at,channel,lang,identifiers,nps: How likely are you to recommend us?,why: What should we improve?,topics: What was it about?');
    expect(lines).toHaveLength(3);
    expect(lines.find((line) => line.includes('太慢'))).toMatch(/,2,"'=HYPERLINK\(""x""\), ""太慢""",delivery; staff$/);
    expectError(await owner.get(`/api/v1/surveys/${survey.id}/responses?format=xml`), 400, 'validation_failed', 'format');
    const other = await (await createTestOrg(testApp)).as('owner');
    expectError(await other.get(`/api/v1/surveys/${survey.id}/responses?format=csv`), 404, 'not_found');
  });
});

describe('status and schedule', () => {
  it.each([
    ['a draft', { status: 'draft' }, 'not open yet'],
    ['a closed survey', { status: 'closed' }, 'closed'],
    ['a survey opening later', { opens_at: '2099-01-01T00:00:00Z' }, 'not open yet'],
    ['a survey past its closing date', { opens_at: '2020-01-01T00:00:00Z', closes_at: '2020-02-01T00:00:00Z' }, 'closed'],
  ])('shows %s as unavailable and refuses answers', async (_case, overrides, message) => {
    const { owner, survey } = await setup(overrides);
    const link = await createLink(owner, survey.id, {});
    const page = await get(`/s/${link.token}`, { 'accept-language': 'en-US' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(message);
    expectError(await post(`/s/${link.token}/responses`, { answers: { nps: 1 }, completed: true, session: session('s') }), 409, 'survey_closed');
  });
});

describe('kiosk and widget doors', () => {
  it('records kiosk responses as store feedback, one per respondent session', async () => {
    const { owner, survey } = await setup();
    const page = await get(survey.kiosk_path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('"kiosk":true');
    expect((await post(`${survey.kiosk_path}/responses`, { answers: { nps: 2, why: 'Queue too long' }, completed: true, session: session('k1') })).statusCode).toBe(200);
    expect((await post(`${survey.kiosk_path}/responses`, { answers: { nps: 10 }, completed: true, session: session('k2') })).statusCode).toBe(200);
    expect((await surveyFeedback(owner)).map((item) => item.channel)).toEqual(['store', 'store']);
    expect((await get('/k/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('serves the widget cross-origin and records identify() identifiers on website or app feedback', async () => {
    const { owner, survey } = await setup();
    const preflight = await testApp.app.inject({ method: 'OPTIONS', url: `/w/${survey.id}/responses`, headers: { origin: 'https://shop.example.com', 'access-control-request-method': 'POST' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    const config = await get(`/w/${survey.id}`, { origin: 'https://shop.example.com' });
    expect(config.headers['access-control-allow-origin']).toBe('*');
    expect(config.json()).toMatchObject({ id: survey.id, availability: 'open', definition: { questions: expect.any(Array) } });
    expect(config.json()).not.toHaveProperty('org_id');
    const sent = await post(`/w/${survey.id}/responses`, { answers: { nps: 9 }, completed: true, session: session('w'), channel: 'app', identifiers: { device_id: 'dev-1', member_id: 'M9' } });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(await surveyFeedback(owner)).toMatchObject([{ channel: 'app', nps: 9, identifiers: { device_id: 'dev-1', member_id: 'M9' } }]);
    const refused = await post(`/w/${survey.id}/responses`, { answers: { nps: 8 }, completed: true, session: session('w2'), identifiers: { shoe_size: '42' } });
    expectError(refused, 400, 'validation_failed');
    expect(refused.headers['access-control-allow-origin']).toBe('*');
  });

  it('does not show a draft survey to the widget', async () => {
    const { survey } = await setup({ status: 'draft' });
    expect((await get(`/w/${survey.id}`)).json()).toEqual({ id: survey.id, availability: 'not_open', definition: null });
  });

  it('keeps a completed response even when its feedback item cannot be made', async () => {
    const { owner, survey } = await setup();
    expect((await owner.delete('/api/v1/channels/alipay')).statusCode).toBe(204);
    const link = await createLink(owner, survey.id, { channel: 'alipay' });
    const done = await post(`/s/${link.token}/responses`, { answers: { nps: 10 }, completed: true, session: session('lost') });
    expect(done.statusCode, done.body).toBe(200);
    expect((await owner.get(`/api/v1/surveys/${survey.id}/responses`)).json().items).toMatchObject([{ answers: { nps: 10 }, completed_at: expect.any(String), feedback_id: null }]);
    expect(await surveyFeedback(owner)).toEqual([]);
  });

  it('escapes survey texts in pages and keeps them inert as data', async () => {
    const evil = '</script><img src=x onerror="window.__xss=1">';
    const { owner, survey } = await setup({ name: evil, definition: { ...npsSurvey().definition, title: { en: evil, zh: evil } } });
    const page = (await get(`/s/${(await createLink(owner, survey.id, {})).token}`)).body;
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('<title>&#60;/script&#62;&#60;img');
    expect(page).toContain('\\u003c/script\\u003e');
  });
});

describe('abuse resistance', () => {
  it('refuses bodies over the size limit', async () => {
    const { owner, survey } = await setup();
    const link = await createLink(owner, survey.id, {});
    const response = await post(`/s/${link.token}/responses`, { answers: { why: 'x'.repeat(70_000) }, session: session('big') });
    expectError(response, 413, 'payload_too_large');
  });

  it('limits submissions per address', async () => {
    const limited = await startTestApp({ RATE_LIMIT_PUBLIC_PER_MINUTE: '30' });
    try {
      const owner = await (await createTestOrg(limited)).as('owner');
      const survey = await createSurvey(owner);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const response = await limited.app.inject({ method: 'POST', url: `${survey.kiosk_path}/responses`, payload: { answers: { nps: 10 }, completed: true, session: session(`r${i}`) } });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
