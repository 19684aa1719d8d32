// Surveys through the HTTP API: building and validating definitions, touchpoints, schedule, tenancy
// (another organisation's ids are 404) and roles, links and QR codes.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLink, createSurvey, expectError, npsSurvey } from './surveys-fixtures.ts';
import { apiKeyClient, createTestOrg, startTestApp, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
});
afterAll(() => testApp.close());

const base = npsSurvey();
const withQuestions = (questions: unknown[]) => ({ ...base, definition: { ...base.definition, questions } });

describe('survey builder API', () => {
  it('creates, reads, lists, changes and deletes a survey attached to a touchpoint', async () => {
    const org = await createTestOrg(testApp);
    const owner = await org.as('owner');
    const journey = (await owner.post('/api/v1/journeys', { name_en: 'Purchase' })).json();
    const stage = (await owner.post(`/api/v1/journeys/${journey.id}/stages`, { name_en: 'Checkout' })).json();
    const touchpoint = (await owner.post(`/api/v1/stages/${stage.id}/touchpoints`, { name_en: 'Online checkout', channel: 'website', metrics: ['nps'] })).json();

    const survey = await createSurvey(owner, npsSurvey({ touchpoint_id: touchpoint.id, status: 'draft' }));
    expect(survey).toMatchObject({ name: 'Post-purchase NPS', touchpoint_id: touchpoint.id, status: 'draft', availability: 'not_open', response_count: 0, kiosk_path: `/k/${survey.id}` });
    expect((await owner.get(`/api/v1/surveys/${survey.id}`)).json().definition.questions).toHaveLength(3);
    expect((await owner.get('/api/v1/surveys')).json().items.map((s: { id: string }) => s.id)).toEqual([survey.id]);

    const changed = await owner.patch(`/api/v1/surveys/${survey.id}`, { status: 'open', name: 'NPS after purchase', closes_at: '2099-01-01T00:00:00Z' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'NPS after purchase', status: 'open', availability: 'open', closes_at: '2099-01-01T00:00:00.000Z', touchpoint_id: touchpoint.id });

    expect((await owner.delete(`/api/v1/surveys/${survey.id}`)).statusCode).toBe(204);
    expectError(await owner.get(`/api/v1/surveys/${survey.id}`), 404, 'not_found');
  });

  it.each([
    ['no questions', withQuestions([]), 'definition.questions'],
    ['a choice question without options', withQuestions([{ id: 'c', type: 'single', title: { en: 'Pick' }, options: [] }]), 'definition.questions[0].options'],
    ['an unknown question type', withQuestions([{ id: 'q', type: 'slider', title: { en: 'Q' } }]), 'definition.questions[0].type'],
    ['a question without any title', withQuestions([{ id: 'q', type: 'nps', title: {} }]), 'definition.questions[0].title'],
    ['duplicate question ids', withQuestions([{ id: 'q', type: 'nps', title: { en: 'A' } }, { id: 'q', type: 'csat', title: { en: 'B' } }]), 'definition.questions'],
    ['a rule jumping backwards', withQuestions([{ id: 'a', type: 'nps', title: { en: 'A' } }, { id: 'b', type: 'nps', title: { en: 'B' }, rules: [{ op: 'lte', value: 3, goto: 'a' }] }]), 'definition.questions[1].rules[0].goto'],
    ['a rule without a value', withQuestions([{ id: 'a', type: 'nps', title: { en: 'A' }, rules: [{ op: 'lte', goto: 'end' }] }]), 'definition.questions[0].rules[0].value'],
    ['a bad question id', withQuestions([{ id: 'Bad Id', type: 'nps', title: { en: 'A' } }]), 'definition.questions[0].id'],
    ['no name', { ...base, name: '' }, 'name'],
    ['a closing date before the opening', { ...base, opens_at: '2030-01-02T00:00:00Z', closes_at: '2030-01-01T00:00:00Z' }, 'closes_at'],
    ['an unknown touchpoint', { ...base, touchpoint_id: randomUUID() }, 'touchpoint_id'],
    ['an unknown status', { ...base, status: 'paused' }, 'status'],
    ['an unknown field', { ...base, colour: 'red' }, ''],
  ])('refuses a survey with %s, naming the field', async (_case, body, path) => {
    const owner = await (await createTestOrg(testApp)).as('owner');
    const response = await owner.post('/api/v1/surveys', body);
    expectError(response, 400, 'validation_failed', path || undefined);
    expect((await owner.get('/api/v1/surveys')).json().items).toEqual([]);
  });

  it("hides another organisation's surveys behind 404 on every route", async () => {
    const mine = await (await createTestOrg(testApp)).as('owner');
    const theirs = await (await createTestOrg(testApp)).as('owner');
    const survey = await createSurvey(theirs);
    const id = survey.id;
    for (const response of [
      await mine.get(`/api/v1/surveys/${id}`),
      await mine.patch(`/api/v1/surveys/${id}`, { name: 'x' }),
      await mine.delete(`/api/v1/surveys/${id}`),
      await mine.get(`/api/v1/surveys/${id}/responses`),
      await mine.post(`/api/v1/surveys/${id}/links`, {}),
      await mine.get(`/api/v1/surveys/${id}/qr`),
      await mine.get(`/api/v1/surveys/${id}/distributions`),
      await mine.post(`/api/v1/surveys/${id}/distributions`, { channel: 'email', recipients: [{ address: 'a@example.com' }] }),
    ]) {
      expectError(response, 404, 'not_found');
    }
    expect((await mine.get('/api/v1/surveys')).json().items).toEqual([]);
    expect((await theirs.get(`/api/v1/surveys/${id}`)).statusCode).toBe(200);
  });

  it.each([
    ['viewer', 200, 403, 403],
    ['agent', 200, 403, 403],
    ['analyst', 200, 201, 403],
    ['admin', 200, 201, 200],
  ] as const)('gives a %s read %i, build %i, delivery settings %i', async (role, read, build, settings) => {
    const org = await createTestOrg(testApp);
    const survey = await createSurvey(await org.as('owner'));
    const client = await org.as(role);
    expect((await client.get(`/api/v1/surveys/${survey.id}`)).statusCode).toBe(read);
    expect((await client.post('/api/v1/surveys', npsSurvey())).statusCode).toBe(build);
    expect((await client.post(`/api/v1/surveys/${survey.id}/links`, {})).statusCode).toBe(build);
    expect((await client.get('/api/v1/survey-settings')).statusCode).toBe(settings);
    expect((await client.put('/api/v1/survey-settings', { public_url: 'https://voc.example.com' })).statusCode).toBe(settings);
  });

  it('refuses callers without a session, and lets an API key make links but not surveys', async () => {
    const org = await createTestOrg(testApp);
    const survey = await createSurvey(await org.as('owner'));
    const key = apiKeyClient(testApp.app, await org.apiKey());
    expectError(await testApp.app.inject({ method: 'GET', url: '/api/v1/surveys' }), 401, 'unauthenticated');
    expectError(await key.post('/api/v1/surveys', npsSurvey()), 403, 'forbidden');
    expectError(await key.get(`/api/v1/surveys/${survey.id}/responses`), 403, 'forbidden');
    const link = await key.post(`/api/v1/surveys/${survey.id}/links`, { channel: 'wechat', identifiers: { wechat_openid: 'o6_bmjrPTlm6' } });
    expect(link.statusCode).toBe(201);
    expect(link.json().personal).toBe(true);
    const other = await createSurvey(await (await createTestOrg(testApp)).as('owner'));
    expectError(await key.post(`/api/v1/surveys/${other.id}/links`, {}), 404, 'not_found');
  });

  it('documents its routes in the OpenAPI document', async () => {
    const paths = Object.keys((await testApp.app.inject({ method: 'GET', url: '/api/docs/json' })).json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/surveys', '/api/v1/surveys/{id}', '/api/v1/surveys/{id}/links', '/api/v1/surveys/{id}/distributions', '/api/v1/survey-settings']));
  });
});

describe('links and QR codes', () => {
  it('makes anonymous links (stable) and personal links (unique, carrying identifiers)', async () => {
    const owner = await (await createTestOrg(testApp)).as('owner');
    const survey = await createSurvey(owner);
    const anonymous = await createLink(owner, survey.id, { channel: 'wechat' });
    expect(anonymous.personal).toBe(false);
    expect(anonymous.url).toMatch(/^http:\/\/localhost(:\d+)?\/s\//);
    expect((await createLink(owner, survey.id, { channel: 'wechat' })).token).toBe(anonymous.token);
    const personal = await createLink(owner, survey.id, { channel: 'sms', identifiers: { phone: '+8613800138000', member_id: 'M1' } });
    expect(personal.personal).toBe(true);
    expect((await createLink(owner, survey.id, { channel: 'sms', identifiers: { phone: '+8613800138000' } })).token).not.toBe(personal.token);
    expectError(await owner.post(`/api/v1/surveys/${survey.id}/links`, { channel: 'fax' }), 400, 'validation_failed', 'channel');
  });

  it('uses the configured public address in links and serves QR codes as PNG and SVG', async () => {
    const owner = await (await createTestOrg(testApp)).as('owner');
    expect((await owner.put('/api/v1/survey-settings', { public_url: 'https://voc.example.com/' })).json().public_url).toBe('https://voc.example.com');
    const survey = await createSurvey(owner);
    expect((await createLink(owner, survey.id, { channel: 'store' })).url).toMatch(/^https:\/\/voc\.example\.com\/s\//);
    const png = await owner.get(`/api/v1/surveys/${survey.id}/qr?format=png&channel=store`);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const svg = await owner.get(`/api/v1/surveys/${survey.id}/qr?format=svg`);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toContain('<svg');
    expect(svg.headers['content-disposition']).toContain('.svg');
    expectError(await owner.get(`/api/v1/surveys/${survey.id}/qr?format=gif`), 400, 'validation_failed', 'format');
  });

  it('keeps SMTP and SMS secrets out of the settings it returns, and keeps them when not re-sent', async () => {
    const owner = await (await createTestOrg(testApp)).as('owner');
    const saved = await owner.put('/api/v1/survey-settings', {
      smtp: { host: 'smtp.example.com', port: 587, user: 'u', password: 'secret-pass', from: 'VoC <voc@example.com>' },
      sms: { url: 'https://sms.example.com/send', headers: { authorization: 'Bearer secret-token' }, body_template: '{"to":"{{to}}","text":"{{text}}"}' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.body).not.toContain('secret-pass');
    expect(saved.body).not.toContain('secret-token');
    expect(saved.json()).toMatchObject({ smtp: { password_set: true, host: 'smtp.example.com' }, sms: { header_names: ['authorization'] } });
    const again = await owner.put('/api/v1/survey-settings', { smtp: { host: 'smtp2.example.com', port: 25, from: 'voc@example.com' } });
    expect(again.json().smtp).toMatchObject({ host: 'smtp2.example.com', password_set: true });
    expectError(await owner.put('/api/v1/survey-settings', { smtp: { host: '', port: 70000, from: 'x' } }), 400, 'validation_failed', 'smtp.host');
  });
});
