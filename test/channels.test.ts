// Channels through the HTTP API as an owner: the defaults, creation, renaming and the deletes that must be refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.ts';
import { createJourney, createStage, createTouchpoint, DEFAULT_CHANNELS, expectError, newOwner as newOwnerIn } from './support/journey-fixtures.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
});
afterAll(() => testApp.close());

const newOwner = () => newOwnerIn(testApp);

describe('channels', () => {
  it('a new organisation has the default channels', async () => {
    const { owner } = await newOwner();
    const response = await owner.get('/api/v1/channels');
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items.map((channel: { key: string }) => channel.key)).toEqual(expect.arrayContaining(DEFAULT_CHANNELS));
    expect(items).toContainEqual({ key: 'wechat', name_en: 'WeChat', name_zh: '微信', kind: 'messaging' });
    expect(items).toContainEqual({ key: 'call_centre', name_en: 'Call centre', name_zh: '客服热线', kind: 'assisted' });
  });

  it('creates a channel that touchpoints and feedback can then use', async () => {
    const { owner, ingest } = await newOwner();
    const response = await owner.post('/api/v1/channels', { key: 'kiosk_2', name_en: 'Kiosk', name_zh: '自助机', kind: 'physical' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ key: 'kiosk_2', name_en: 'Kiosk', name_zh: '自助机', kind: 'physical' });
    expect((await owner.get('/api/v1/channels')).json().items).toContainEqual(response.json());
    const journey = await createJourney(owner);
    const stage = await createStage(owner, journey.id, { name_en: 'Visit' });
    expect((await createTouchpoint(owner, stage.id, { name_en: 'Kiosk survey', channel: 'kiosk_2' })).channel).toBe('kiosk_2');
    expect((await ingest.post('/api/v1/feedback', { source: 'survey', channel: 'kiosk_2', csat: 4 })).statusCode).toBe(201);
  });

  it.each([
    ['an upper-case key', { key: 'Kiosk', name_en: 'Kiosk', kind: 'physical' }, 'key'],
    ['a key starting with a digit', { key: '1kiosk', name_en: 'Kiosk', kind: 'physical' }, 'key'],
    ['a key with a dash', { key: 'self-service', name_en: 'Kiosk', kind: 'physical' }, 'key'],
    ['a key longer than 40', { key: `k${'x'.repeat(40)}`, name_en: 'Kiosk', kind: 'physical' }, 'key'],
    ['no name', { key: 'kiosk', kind: 'physical' }, 'name_en'],
    ['an unknown kind', { key: 'kiosk', name_en: 'Kiosk', kind: 'telepathic' }, 'kind'],
    ['no kind', { key: 'kiosk', name_en: 'Kiosk' }, 'kind'],
  ])('refuses a channel with %s: 400 validation_failed', async (_case, body, path) => {
    const { owner } = await newOwner();
    expectError(await owner.post('/api/v1/channels', body), 400, 'validation_failed', path);
    const keys = (await owner.get('/api/v1/channels')).json().items.map((channel: { key: string }) => channel.key);
    expect(keys).toEqual(expect.arrayContaining(DEFAULT_CHANNELS));
    expect(keys).toHaveLength(DEFAULT_CHANNELS.length);
  });

  it.each([['kiosk'], ['website']])('refuses a second channel with the key %s: 409 channel_exists', async (key) => {
    const { owner } = await newOwner();
    if (key === 'kiosk') expect((await owner.post('/api/v1/channels', { key, name_en: 'Kiosk', kind: 'physical' })).statusCode).toBe(201);
    expectError(await owner.post('/api/v1/channels', { key, name_en: 'Again', kind: 'digital' }), 409, 'channel_exists');
    expect((await owner.get('/api/v1/channels')).json().items.filter((channel: { key: string }) => channel.key === key)).toHaveLength(1);
  });

  it('renames a channel and changes its kind, keeping what is not sent', async () => {
    const { owner } = await newOwner();
    const renamed = await owner.patch('/api/v1/channels/website', { name_en: 'Web shop' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toEqual({ key: 'website', name_en: 'Web shop', name_zh: '官网', kind: 'digital' });
    const changed = await owner.patch('/api/v1/channels/website', { name_zh: null, kind: 'social' });
    expect(changed.json()).toEqual({ key: 'website', name_en: 'Web shop', name_zh: null, kind: 'social' });
    expect((await owner.get('/api/v1/channels')).json().items).toContainEqual(changed.json());
  });

  it.each([
    ['clearing both names', { name_en: null, name_zh: null }, 'name_en'],
    ['an unknown kind', { kind: 'smoke_signal' }, 'kind'],
    ['an unknown field', { key: 'site' }, undefined],
  ])('refuses a channel change with %s', async (_case, patch, path) => {
    const { owner } = await newOwner();
    expectError(await owner.patch('/api/v1/channels/website', patch), 400, 'validation_failed', path);
    expect((await owner.get('/api/v1/channels')).json().items).toContainEqual({ key: 'website', name_en: 'Website', name_zh: '官网', kind: 'digital' });
  });

  it('deletes an unused channel: 204, then 404', async () => {
    const { owner } = await newOwner();
    expect((await owner.delete('/api/v1/channels/alipay')).statusCode).toBe(204);
    expect((await owner.get('/api/v1/channels')).json().items.map((channel: { key: string }) => channel.key)).not.toContain('alipay');
    expectError(await owner.delete('/api/v1/channels/alipay'), 404, 'not_found');
    expectError(await owner.patch('/api/v1/channels/alipay', { name_en: 'Alipay' }), 404, 'not_found');
  });

  it.each([
    ['a touchpoint', 'touchpoint'],
    ['feedback', 'feedback'],
  ])('refuses to delete a channel that %s uses: 409 channel_in_use', async (_case, user) => {
    const { owner, ingest } = await newOwner();
    if (user === 'touchpoint') {
      const journey = await createJourney(owner);
      const stage = await createStage(owner, journey.id, { name_en: 'Contact' });
      await createTouchpoint(owner, stage.id, { name_en: 'Hotline', channel: 'call_centre' });
    } else {
      expect((await ingest.post('/api/v1/feedback', { source: 'call', channel: 'call_centre', nps: 3 })).statusCode).toBe(201);
    }
    expectError(await owner.delete('/api/v1/channels/call_centre'), 409, 'channel_in_use');
    expect((await owner.get('/api/v1/channels')).json().items.map((channel: { key: string }) => channel.key)).toContain('call_centre');
  });
});
