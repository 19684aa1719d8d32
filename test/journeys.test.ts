// Journeys → stages → touchpoints and the channels they happen on, driven through the HTTP API as an
// owner: creation and validation, ordering, moves, deletes (and the deletes that must be refused).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from './support/test-app.ts';
import { createJourney, createStage, createTouchpoint, expectError, newOwner as newOwnerIn, stageOrder, touchpointOrder, tree } from './support/journey-fixtures.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
});
afterAll(() => testApp.close());

const newOwner = () => newOwnerIn(testApp);


describe('journeys', () => {
  it.each([
    ['both names', { name_en: 'Purchase', name_zh: '购买', description: 'From ad to checkout' }],
    ['only an English name', { name_en: 'Purchase' }],
    ['only a Chinese name', { name_zh: '购买' }],
  ])('creates a journey with %s and returns its (empty) tree', async (_case, body) => {
    const { owner } = await newOwner();
    const response = await owner.post('/api/v1/journeys', body);
    expect(response.statusCode).toBe(201);
    const journey = response.json();
    expect(journey).toEqual({
      id: expect.any(String),
      name_en: 'name_en' in body ? body.name_en : null,
      name_zh: 'name_zh' in body ? body.name_zh : null,
      description: 'description' in body ? body.description : '',
      stages: [],
    });
    expect(await tree(owner, journey.id)).toEqual(journey);
  });

  it.each([
    ['no name at all', {}, 'name_en'],
    ['both names null', { name_en: null, name_zh: null }, 'name_en'],
    ['an empty English name', { name_en: '' }, 'name_en'],
    ['a blank Chinese name', { name_zh: '   ' }, 'name_zh'],
    ['a name that is too long', { name_en: 'x'.repeat(201) }, 'name_en'],
    ['a description that is not text', { name_en: 'Purchase', description: 42 }, 'description'],
  ])('refuses a journey with %s: 400 validation_failed naming the field', async (_case, body, path) => {
    const { owner } = await newOwner();
    expectError(await owner.post('/api/v1/journeys', body), 400, 'validation_failed', path);
    expect((await owner.get('/api/v1/journeys')).json().items).toEqual([]);
  });

  it('refuses unknown fields in a journey', async () => {
    const { owner } = await newOwner();
    expectError(await owner.post('/api/v1/journeys', { name_en: 'Purchase', colour: 'red' }), 400, 'validation_failed');
  });

  it('lists journeys with their stage and touchpoint counts', async () => {
    const { owner } = await newOwner();
    const first = await createJourney(owner, { name_en: 'Purchase' });
    const second = await createJourney(owner, { name_zh: '售后' });
    const stage = await createStage(owner, first.id, { name_en: 'Browse' });
    await createStage(owner, first.id, { name_en: 'Pay' });
    await createTouchpoint(owner, stage.id, { name_en: 'Product page', channel: 'website' });
    const response = await owner.get('/api/v1/journeys');
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      { id: first.id, name_en: 'Purchase', name_zh: null, description: '', stage_count: 2, touchpoint_count: 1, created_at: expect.any(String) },
      { id: second.id, name_en: null, name_zh: '售后', description: '', stage_count: 0, touchpoint_count: 0, created_at: expect.any(String) },
    ]);
  });

  it('patches names and description, keeping what is not sent', async () => {
    const { owner } = await newOwner();
    const journey = await createJourney(owner, { name_en: 'Purchase', name_zh: '购买', description: 'old' });
    const renamed = await owner.patch(`/api/v1/journeys/${journey.id}`, { name_en: 'Buying' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name_en: 'Buying', name_zh: '购买', description: 'old' });
    const cleared = await owner.patch(`/api/v1/journeys/${journey.id}`, { name_zh: null, description: 'new' });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toMatchObject({ name_en: 'Buying', name_zh: null, description: 'new' });
    expect(await tree(owner, journey.id)).toMatchObject({ name_en: 'Buying', name_zh: null, description: 'new' });
  });

  it.each([
    ['clearing both names', { name_en: 'Purchase', name_zh: '购买' }, { name_en: null, name_zh: null }],
    ['clearing the only name', { name_en: 'Purchase' }, { name_en: null }],
  ])('refuses %s with 400 validation_failed and changes nothing', async (_case, created: { name_en: string; name_zh?: string }, patch) => {
    const { owner } = await newOwner();
    const journey = await createJourney(owner, created);
    expectError(await owner.patch(`/api/v1/journeys/${journey.id}`, patch), 400, 'validation_failed', 'name_en');
    expect(await tree(owner, journey.id)).toMatchObject({ name_en: 'Purchase', name_zh: created.name_zh ?? null });
  });

  it('deletes a journey with its stages and touchpoints: 204, then 404', async () => {
    const { owner } = await newOwner();
    const journey = await createJourney(owner);
    const stage = await createStage(owner, journey.id, { name_en: 'Browse' });
    const touchpoint = await createTouchpoint(owner, stage.id, { name_en: 'Product page', channel: 'website' });
    const deleted = await owner.delete(`/api/v1/journeys/${journey.id}`);
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    expectError(await owner.get(`/api/v1/journeys/${journey.id}`), 404, 'not_found');
    expectError(await owner.delete(`/api/v1/journeys/${journey.id}`), 404, 'not_found');
    expectError(await owner.patch(`/api/v1/stages/${stage.id}`, { name_en: 'x' }), 404, 'not_found');
    expectError(await owner.patch(`/api/v1/touchpoints/${touchpoint.id}`, { name_en: 'x' }), 404, 'not_found');
    expect((await owner.get('/api/v1/journeys')).json().items).toEqual([]);
  });
});

describe('stages', () => {
  it('appends stages without a position and keeps positions 0..n-1 when one is inserted', async () => {
    const { owner } = await newOwner();
    const journey = await createJourney(owner);
    const browse = await createStage(owner, journey.id, { name_en: 'Browse', name_zh: '浏览' });
    expect(browse).toEqual({ id: expect.any(String), journey_id: journey.id, name_en: 'Browse', name_zh: '浏览', position: 0 });
    expect((await createStage(owner, journey.id, { name_en: 'Pay' })).position).toBe(1);
    expect((await createStage(owner, journey.id, { name_en: 'Deliver' })).position).toBe(2);
    const aware = await createStage(owner, journey.id, { name_en: 'Aware', position: 0 });
    expect(aware.position).toBe(0);
    const compare = await createStage(owner, journey.id, { name_en: 'Compare', position: 2 });
    expect(compare.position).toBe(2);
    expect(await stageOrder(owner, journey.id)).toEqual([
      ['Aware', 0],
      ['Browse', 1],
      ['Compare', 2],
      ['Pay', 3],
      ['Deliver', 4],
    ]);
  });

  it('puts a stage created past the end at the end', async () => {
    const { owner } = await newOwner();
    const journey = await createJourney(owner);
    await createStage(owner, journey.id, { name_en: 'Browse' });
    const last = await createStage(owner, journey.id, { name_en: 'Pay', position: 9999 });
    expect(last.position).toBe(1);
    expect(await stageOrder(owner, journey.id)).toEqual([
      ['Browse', 0],
      ['Pay', 1],
    ]);
  });

  it.each([
    [0, ['Deliver', 'Browse', 'Pay', 'Return']],
    [1, ['Browse', 'Deliver', 'Pay', 'Return']],
    [3, ['Browse', 'Pay', 'Return', 'Deliver']],
    [50, ['Browse', 'Pay', 'Return', 'Deliver']],
  ])('moving a stage to position %i renumbers its siblings', async (position, expected) => {
    const { owner } = await newOwner();
    const journey = await createJourney(owner);
    const ids: Record<string, string> = {};
    for (const name of ['Browse', 'Pay', 'Deliver', 'Return']) ids[name] = (await createStage(owner, journey.id, { name_en: name })).id;
    const moved = await owner.patch(`/api/v1/stages/${ids.Deliver}`, { position });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ id: ids.Deliver, name_en: 'Deliver', position: expected.indexOf('Deliver') });
    expect(await stageOrder(owner, journey.id)).toEqual(expected.map((name, index) => [name, index]));
  });

  it('renames a stage and refuses to clear both of its names', async () => {
    const { owner } = await newOwner();
    const journey = await createJourney(owner);
    const stage = await createStage(owner, journey.id, { name_en: 'Browse' });
    const renamed = await owner.patch(`/api/v1/stages/${stage.id}`, { name_zh: '浏览', name_en: null });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name_en: null, name_zh: '浏览', position: 0 });
    expectError(await owner.patch(`/api/v1/stages/${stage.id}`, { name_zh: null }), 400, 'validation_failed', 'name_en');
  });

  it.each([
    ['no name', {}, 'name_en'],
    ['a negative position', { name_en: 'Pay', position: -1 }, 'position'],
    ['a fractional position', { name_en: 'Pay', position: 1.5 }, 'position'],
    ['a position that is text', { name_en: 'Pay', position: 'first' }, 'position'],
  ])('refuses a stage with %s: 400 validation_failed', async (_case, body, path) => {
    const { owner } = await newOwner();
    const journey = await createJourney(owner);
    expectError(await owner.post(`/api/v1/journeys/${journey.id}/stages`, body), 400, 'validation_failed', path);
    expect((await tree(owner, journey.id)).stages).toEqual([]);
  });

  it('keeps positions 0..n-1 when stages and touchpoints are added concurrently', async () => {
    const { owner } = await newOwner();
    const journey = await createJourney(owner);
    const names = ['Aware', 'Browse', 'Pay', 'Deliver'];
    const stages = await Promise.all(names.map((name) => owner.post(`/api/v1/journeys/${journey.id}/stages`, { name_en: name })));
    expect(stages.map((response) => response.statusCode)).toEqual([201, 201, 201, 201]);
    const stageId = stages[0]!.json().id;
    const touchpoints = await Promise.all(names.map((name) => owner.post(`/api/v1/stages/${stageId}/touchpoints`, { name_en: name, channel: 'app' })));
    expect(touchpoints.map((response) => response.statusCode)).toEqual([201, 201, 201, 201]);
    const after = await tree(owner, journey.id);
    expect(after.stages.map((stage: { position: number }) => stage.position)).toEqual([0, 1, 2, 3]);
    const stage = after.stages.find((candidate: { id: string }) => candidate.id === stageId);
    expect(stage.touchpoints.map((touchpoint: { position: number }) => touchpoint.position)).toEqual([0, 1, 2, 3]);
  });

  it('deletes a stage with its touchpoints and closes the gap in positions', async () => {
    const { owner } = await newOwner();
    const journey = await createJourney(owner);
    await createStage(owner, journey.id, { name_en: 'Browse' });
    const pay = await createStage(owner, journey.id, { name_en: 'Pay' });
    await createStage(owner, journey.id, { name_en: 'Deliver' });
    const touchpoint = await createTouchpoint(owner, pay.id, { name_en: 'Checkout', channel: 'app' });
    expect((await owner.delete(`/api/v1/stages/${pay.id}`)).statusCode).toBe(204);
    expect(await stageOrder(owner, journey.id)).toEqual([
      ['Browse', 0],
      ['Deliver', 1],
    ]);
    expectError(await owner.delete(`/api/v1/stages/${pay.id}`), 404, 'not_found');
    expectError(await owner.delete(`/api/v1/touchpoints/${touchpoint.id}`), 404, 'not_found');
  });
});

describe('touchpoints', () => {
  async function stageWithJourney(owner: Client) {
    const journey = await createJourney(owner);
    const stage = await createStage(owner, journey.id, { name_en: 'Pay' });
    return { journey, stage };
  }

  it('creates a touchpoint bound to a channel with its metrics, visible in the journey tree', async () => {
    const { owner } = await newOwner();
    const { journey, stage } = await stageWithJourney(owner);
    const touchpoint = await createTouchpoint(owner, stage.id, { name_en: 'Checkout', name_zh: '结账', channel: 'app', metrics: ['nps', 'csat', 'nps'] });
    expect(touchpoint).toEqual({
      id: expect.any(String),
      stage_id: stage.id,
      journey_id: journey.id,
      name_en: 'Checkout',
      name_zh: '结账',
      channel: 'app',
      metrics: ['nps', 'csat'],
      position: 0,
    });
    const withoutMetrics = await createTouchpoint(owner, stage.id, { name_zh: '门店收银', channel: 'store' });
    expect(withoutMetrics).toMatchObject({ metrics: [], position: 1, name_en: null });
    expect((await tree(owner, journey.id)).stages[0].touchpoints).toEqual([touchpoint, withoutMetrics]);
  });

  it('refuses an unknown channel with 400 channel_unknown', async () => {
    const { owner } = await newOwner();
    const { journey, stage } = await stageWithJourney(owner);
    expectError(await owner.post(`/api/v1/stages/${stage.id}/touchpoints`, { name_en: 'Kiosk', channel: 'kiosk' }), 400, 'channel_unknown', 'channel');
    expect((await tree(owner, journey.id)).stages[0].touchpoints).toEqual([]);
  });

  it.each([
    ['an unknown metric', { name_en: 'Checkout', channel: 'app', metrics: ['nps', 'happiness'] }, 'metrics[1]'],
    ['metrics that are not a list', { name_en: 'Checkout', channel: 'app', metrics: 'nps' }, 'metrics'],
    ['no channel', { name_en: 'Checkout' }, 'channel'],
    ['a malformed channel key', { name_en: 'Checkout', channel: 'Web Site' }, 'channel'],
    ['no name', { channel: 'app' }, 'name_en'],
    ['a negative position', { name_en: 'Checkout', channel: 'app', position: -3 }, 'position'],
  ])('refuses a touchpoint with %s: 400 validation_failed', async (_case, body, path) => {
    const { owner } = await newOwner();
    const { journey, stage } = await stageWithJourney(owner);
    expectError(await owner.post(`/api/v1/stages/${stage.id}/touchpoints`, body), 400, 'validation_failed', path);
    expect((await tree(owner, journey.id)).stages[0].touchpoints).toEqual([]);
  });

  it('inserts at a position and moves touchpoints, keeping positions 0..n-1', async () => {
    const { owner } = await newOwner();
    const { journey, stage } = await stageWithJourney(owner);
    const ids: Record<string, string> = {};
    for (const name of ['Cart', 'Address', 'Payment']) ids[name] = (await createTouchpoint(owner, stage.id, { name_en: name, channel: 'website' })).id;
    const coupon = await createTouchpoint(owner, stage.id, { name_en: 'Coupon', channel: 'website', position: 1 });
    expect(coupon.position).toBe(1);
    expect(await touchpointOrder(owner, journey.id, stage.id)).toEqual([
      ['Cart', 0],
      ['Coupon', 1],
      ['Address', 2],
      ['Payment', 3],
    ]);
    const moved = await owner.patch(`/api/v1/touchpoints/${ids.Payment}`, { position: 0 });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ id: ids.Payment, position: 0, channel: 'website' });
    expect(await touchpointOrder(owner, journey.id, stage.id)).toEqual([
      ['Payment', 0],
      ['Cart', 1],
      ['Coupon', 2],
      ['Address', 3],
    ]);
    expect((await owner.delete(`/api/v1/touchpoints/${coupon.id}`)).statusCode).toBe(204);
    expect(await touchpointOrder(owner, journey.id, stage.id)).toEqual([
      ['Payment', 0],
      ['Cart', 1],
      ['Address', 2],
    ]);
  });

  it('changes a touchpoint’s channel, metrics and names, keeping what is not sent', async () => {
    const { owner } = await newOwner();
    const { journey, stage } = await stageWithJourney(owner);
    const touchpoint = await createTouchpoint(owner, stage.id, { name_en: 'Checkout', channel: 'app', metrics: ['nps'] });
    const changed = await owner.patch(`/api/v1/touchpoints/${touchpoint.id}`, { channel: 'mini_program', name_zh: '结账' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ ...touchpoint, channel: 'mini_program', name_zh: '结账' });
    const metrics = await owner.patch(`/api/v1/touchpoints/${touchpoint.id}`, { metrics: ['ces', 'stars'] });
    expect(metrics.json()).toMatchObject({ channel: 'mini_program', metrics: ['ces', 'stars'], name_en: 'Checkout', name_zh: '结账' });
    expect((await tree(owner, journey.id)).stages[0].touchpoints[0]).toEqual(metrics.json());
  });

  it.each([
    ['an unknown channel', { channel: 'fax' }, 400, 'channel_unknown', 'channel'],
    ['an unknown metric', { metrics: ['joy'] }, 400, 'validation_failed', 'metrics[0]'],
    ['both names cleared', { name_en: null }, 400, 'validation_failed', 'name_en'],
    ['an unknown field', { stage: 'elsewhere' }, 400, 'validation_failed', undefined],
  ])('refuses a touchpoint change with %s and keeps the touchpoint as it was', async (_case, patch, status, code, path) => {
    const { owner } = await newOwner();
    const { journey, stage } = await stageWithJourney(owner);
    const touchpoint = await createTouchpoint(owner, stage.id, { name_en: 'Checkout', channel: 'app', metrics: ['nps'] });
    expectError(await owner.patch(`/api/v1/touchpoints/${touchpoint.id}`, patch), status, code, path);
    expect((await tree(owner, journey.id)).stages[0].touchpoints[0]).toEqual(touchpoint);
  });

  it('refuses to delete a touchpoint (or its stage or journey) that feedback refers to: 409 touchpoint_in_use', async () => {
    const { owner, ingest } = await newOwner();
    const { journey, stage } = await stageWithJourney(owner);
    const touchpoint = await createTouchpoint(owner, stage.id, { name_en: 'Checkout', channel: 'app', metrics: ['nps'] });
    const feedback = await ingest.post('/api/v1/feedback', { source: 'survey', channel: 'app', touchpoint_id: touchpoint.id, nps: 9 });
    expect(feedback.statusCode).toBe(201);
    expect(feedback.json()).toMatchObject({ touchpoint_id: touchpoint.id, stage_id: stage.id, journey_id: journey.id, nps: 9 });

    expectError(await owner.delete(`/api/v1/touchpoints/${touchpoint.id}`), 409, 'touchpoint_in_use');
    expectError(await owner.delete(`/api/v1/stages/${stage.id}`), 409, 'touchpoint_in_use');
    expectError(await owner.delete(`/api/v1/journeys/${journey.id}`), 409, 'touchpoint_in_use');
    const after = await tree(owner, journey.id);
    expect(after.stages).toHaveLength(1);
    expect(after.stages[0].touchpoints).toEqual([touchpoint]);
  });

  it('deletes an unused touchpoint: 204, then 404', async () => {
    const { owner } = await newOwner();
    const { journey, stage } = await stageWithJourney(owner);
    const touchpoint = await createTouchpoint(owner, stage.id, { name_en: 'Checkout', channel: 'app' });
    expect((await owner.delete(`/api/v1/touchpoints/${touchpoint.id}`)).statusCode).toBe(204);
    expectError(await owner.delete(`/api/v1/touchpoints/${touchpoint.id}`), 404, 'not_found');
    expectError(await owner.patch(`/api/v1/touchpoints/${touchpoint.id}`, { name_en: 'x' }), 404, 'not_found');
    expect((await tree(owner, journey.id)).stages[0].touchpoints).toEqual([]);
  });
});


describe('unknown and malformed ids', () => {
  const unknown = randomUUID();
  // Read-only probes (every one of them fails), so one organisation serves them all.
  let owner: Client;
  beforeAll(async () => {
    ({ owner } = await newOwner());
  });
  it.each([
    ['GET', `/api/v1/journeys/${unknown}`, undefined],
    ['PATCH', `/api/v1/journeys/${unknown}`, { name_en: 'x' }],
    ['DELETE', `/api/v1/journeys/${unknown}`, undefined],
    ['POST', `/api/v1/journeys/${unknown}/stages`, { name_en: 'x' }],
    ['PATCH', `/api/v1/stages/${unknown}`, { name_en: 'x' }],
    ['DELETE', `/api/v1/stages/${unknown}`, undefined],
    ['POST', `/api/v1/stages/${unknown}/touchpoints`, { name_en: 'x', channel: 'app' }],
    ['PATCH', `/api/v1/touchpoints/${unknown}`, { name_en: 'x' }],
    ['DELETE', `/api/v1/touchpoints/${unknown}`, undefined],
    ['PATCH', '/api/v1/channels/no_such_channel', { name_en: 'x' }],
    ['DELETE', '/api/v1/channels/no_such_channel', undefined],
  ])('%s %s → 404 not_found', async (method, url, payload) => {
    expectError(await owner.request({ method: method as 'GET', url, ...(payload ? { payload } : {}) }), 404, 'not_found');
  });

  it.each([
    ['GET', '/api/v1/journeys/not-a-uuid', undefined, 'params.id'],
    ['PATCH', '/api/v1/journeys/123', { name_en: 'x' }, 'params.id'],
    ['DELETE', '/api/v1/journeys/xyz', undefined, 'params.id'],
    ['POST', '/api/v1/journeys/abc/stages', { name_en: 'x' }, 'params.id'],
    ['PATCH', '/api/v1/stages/abc', { name_en: 'x' }, 'params.id'],
    ['DELETE', '/api/v1/stages/abc', undefined, 'params.id'],
    ['POST', '/api/v1/stages/abc/touchpoints', { name_en: 'x', channel: 'app' }, 'params.id'],
    ['PATCH', '/api/v1/touchpoints/abc', { name_en: 'x' }, 'params.id'],
    ['DELETE', `/api/v1/touchpoints/${unknown}x`, undefined, 'params.id'],
    ['PATCH', '/api/v1/channels/Not-A-Key', { name_en: 'x' }, 'params.key'],
    ['DELETE', '/api/v1/channels/1abc', undefined, 'params.key'],
  ])('%s %s → 400 validation_failed', async (method, url, payload, path) => {
    expectError(await owner.request({ method: method as 'GET', url, ...(payload ? { payload } : {}) }), 400, 'validation_failed', path);
  });
});
