// The organisation's theme taxonomy and custom themes: editing, validation, use at ingest, and
// background re-analysis of history through the real job worker.
import type { Runner } from 'graphile-worker';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '../src/domain/text/index.ts';
import { startWorker } from '../src/jobs/start-worker.ts';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let worker: Runner;
let org: TestOrg;
let owner: Client;
let ingest: Client;

beforeAll(async () => {
  testApp = await startTestApp();
  worker = await startWorker(testApp.pool, pino({ level: 'silent' }), { concurrency: 2 });
  org = await createTestOrg(testApp);
  owner = await org.as('owner');
  ingest = apiKeyClient(testApp.app, await org.apiKey());
});
afterAll(async () => {
  await worker?.stop();
  await testApp?.close();
});

const chargingTheme = { id: 'charging', label_en: 'Charging', label_zh: '充电', terms_zh: ['充电桩', '充电'], terms_en: ['charger', 'charging'], patterns: [] };

async function themesOf(id: string): Promise<string[]> {
  return (await owner.get(`/api/v1/feedback/${id}`)).json().themes.map((t: { id: string }) => t.id);
}

describe('taxonomy', () => {
  it('starts with the built-in taxonomy, readable by every role', async () => {
    const viewer = await org.as('viewer');
    const response = await viewer.get('/api/v1/text/settings');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.is_default_taxonomy).toBe(true);
    expect(body.taxonomy.themes.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining(['waiting_time', 'staff_attitude', 'transfer_reexplain']));
    expect(body.custom_themes).toBeNull();
  });

  it('applies an edited taxonomy to new feedback and re-analyses history in the background', async () => {
    const before = await ingest.post('/api/v1/feedback', { source: 'api', channel: 'app', text: '小区的充电桩坏了一个月都没人修' });
    expect(before.statusCode).toBe(201);
    expect(await themesOf(before.json().id)).not.toContain('charging');

    const taxonomy = { ...defaultTaxonomy(), themes: [...defaultTaxonomy().themes, chargingTheme] };
    const updated = await owner.request({ method: 'PUT', url: '/api/v1/text/taxonomy', payload: taxonomy });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().is_default_taxonomy).toBe(false);

    const after = await ingest.post('/api/v1/feedback', { source: 'api', channel: 'app', text: 'The charger at the store was broken again' });
    expect(after.json().themes.map((t: { id: string; label_zh: string }) => [t.id, t.label_zh])).toContainEqual(['charging', '充电']);
    await expect.poll(() => themesOf(before.json().id), { timeout: 20_000, interval: 250 }).toContain('charging');
  });

  it.each([
    ['a pattern that is not a regular expression', { themes: [{ ...chargingTheme, patterns: ['(unclosed'] }] }, 'themes[0].patterns[0]'],
    ['a duplicate theme id', { themes: [chargingTheme, chargingTheme] }, 'themes[1].id'],
    ['a theme without labels', { themes: [{ id: 'x', terms_zh: ['x'] }] }, 'themes[0].label_en'],
    ['a malformed theme id', { themes: [{ ...chargingTheme, id: 'Charging Points' }] }, 'themes[0].id'],
  ])('rejects %s with 400 naming the field', async (_case, payload, path) => {
    const response = await owner.request({ method: 'PUT', url: '/api/v1/text/taxonomy', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('restores the default taxonomy', async () => {
    const response = await owner.delete('/api/v1/text/taxonomy');
    expect(response.statusCode).toBe(200);
    expect(response.json().is_default_taxonomy).toBe(true);
  });

  it.each(['analyst', 'agent', 'viewer'] as const)('refuses changes by a %s', async (role) => {
    const client = await org.as(role);
    expect((await client.request({ method: 'PUT', url: '/api/v1/text/taxonomy', payload: defaultTaxonomy() })).statusCode).toBe(403);
    expect((await client.post('/api/v1/text/custom-themes', { examples: [] })).statusCode).toBe(403);
  });
});

describe('custom themes', () => {
  const examples = [
    ...['my card was declined at the store', 'card payment failed twice', 'the terminal rejected my card', 'card not accepted online', 'declined card again', 'why was my card refused'].map((text) => ({ text, themes: ['card_declined'] })),
    ...['I want to close my account', 'please delete my account', 'how do I cancel my membership', 'close the account now', 'terminate my account please', 'I am cancelling my account'].map((text) => ({ text, themes: ['close_account'] })),
  ];

  it('learns themes from labelled examples and uses them in analysis', async () => {
    const response = await owner.post('/api/v1/text/custom-themes', { examples });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ examples: 12, themes: { card_declined: 6, close_account: 6 } });
    const settings = (await owner.get('/api/v1/text/settings')).json();
    expect(settings.custom_themes).toMatchObject({ examples: 12, themes: { card_declined: 6, close_account: 6 } });
    const analysis = (await owner.post('/api/v1/text/analyze', { text: 'my card got declined at checkout' })).json();
    expect(analysis.themes.map((t: { id: string }) => t.id)).toContain('card_declined');
  });

  it('needs enough examples per theme', async () => {
    const response = await owner.post('/api/v1/text/custom-themes', { examples: [...examples, { text: 'lost my key', themes: ['lost_key'] }] });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('lost_key');
  });

  it('can be removed', async () => {
    expect((await owner.delete('/api/v1/text/custom-themes')).statusCode).toBe(204);
    expect((await owner.get('/api/v1/text/settings')).json().custom_themes).toBeNull();
  });
});

describe('POST /text/analyze', () => {
  it('explains its labels without storing anything', async () => {
    const count = async () => (await testApp.pool.query(`SELECT count(*)::int AS n FROM feedback WHERE org_id = $1`, [org.orgId])).rows[0].n;
    const before = await count();
    const response = await (await org.as('analyst')).post('/api/v1/text/analyze', { text: '在App上预约了试驾，到了门店却说没有预约记录，太失望了', channel: 'store' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.lang).toBe('zh');
    expect(body.sentiment.label).toBe('negative');
    expect(body.breakpoint).toMatchObject({ from: 'app', to: 'store' });
    expect(body.explanation).toBeTypeOf('object');
    expect(await count()).toBe(before);
  });
});
