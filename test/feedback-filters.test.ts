// The inbox filters dashboards click through to: cross-channel breakpoint (from / to), customer
// segment (as the metrics count it), journey and stage. Each is checked against the same question
// asked of the raw rows, alone and combined, and against the journey map's breakpoint counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourney, createStage, createTouchpoint, expectError } from './support/journey-fixtures.ts';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let org: TestOrg;
let owner: Client;
let other: TestOrg;
let journeyId: string;
let stageIds: string[];
let touchpointIds: string[];

const BREAKPOINT_TEXTS = [
  'Booked a test drive in the app, but when I arrived at the store they said there was no booking on record.',
  'The app confirmed my test drive, yet the store had no record of it and made me register all over again.',
  'The hotline promised a callback, but when I went to the store nobody knew about my complaint.',
  '客服热线说已经登记了，到了门店却说没有任何记录。',
  'Great service, the staff were friendly.',
  '在App上预约了试驾，到了门店却说没有预约记录，只能干等半小时。',
];
const SEGMENTS = [{ segment: 'vip' }, { tier: 'gold' }, { segment: '', tier: 'vip' }, {}, { segment: 'regular' }];

function items(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    source: 'review',
    channel: ['app', 'store', 'call_centre'][i % 3]!,
    occurred_at: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`,
    touchpoint_id: i % 4 === 3 ? undefined : touchpointIds[i % touchpointIds.length],
    text: BREAKPOINT_TEXTS[i % BREAKPOINT_TEXTS.length],
    nps: i % 11,
    metadata: SEGMENTS[i % SEGMENTS.length],
  }));
}

beforeAll(async () => {
  testApp = await startTestApp();
  org = await createTestOrg(testApp);
  other = await createTestOrg(testApp);
  owner = await org.as('owner');
  const journey = await createJourney(owner, { name_en: 'Purchase' });
  journeyId = journey.id;
  const stages = [await createStage(owner, journey.id, { name_en: 'Visit' }), await createStage(owner, journey.id, { name_en: 'Buy' })];
  stageIds = stages.map((stage) => stage.id);
  touchpointIds = [
    (await createTouchpoint(owner, stageIds[0]!, { name_en: 'Test drive', channel: 'store' })).id,
    (await createTouchpoint(owner, stageIds[0]!, { name_en: 'Booking', channel: 'app' })).id,
    (await createTouchpoint(owner, stageIds[1]!, { name_en: 'Hotline', channel: 'call_centre' })).id,
  ];
  const ingest = apiKeyClient(testApp.app, await org.apiKey());
  const loaded = await ingest.post("/api/v1/feedback/batch", { items: items(90) });
  expect(loaded.statusCode, loaded.body).toBe(200);
  // Another organisation's items match the same filters and must never show.
  const otherIngest = apiKeyClient(testApp.app, await other.apiKey());
  expect((await otherIngest.post('/api/v1/feedback/batch', { items: items(30).map((item) => ({ ...item, touchpoint_id: undefined })) })).statusCode).toBe(200);
}, 120_000);
afterAll(() => testApp.close());

/** Every id the API lists for the query, following the cursor across pages. */
async function listedIds(query: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const response = await owner.get(`/api/v1/feedback?${query}&limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    ids.push(...body.items.map((item: { id: string }) => item.id));
    cursor = body.next_cursor;
  } while (cursor);
  return ids;
}

/** The same question asked of the raw rows (newest first), written independently of the repo. */
async function rawIds(where: string, params: unknown[]): Promise<string[]> {
  const { rows } = await testApp.pool.query<{ id: string }>(
    `SELECT f.id FROM feedback f LEFT JOIN touchpoints t ON t.id = f.touchpoint_id LEFT JOIN stages s ON s.id = t.stage_id
      WHERE f.org_id = $1 AND ${where} ORDER BY f.occurred_at DESC, f.id DESC`,
    [org.orgId, ...params],
  );
  return rows.map((row) => row.id);
}
const segmentSql = `coalesce(nullif(f.metadata ->> 'segment', ''), nullif(f.metadata ->> 'tier', ''), '')`;

describe('GET /api/v1/feedback breakpoint and segment filters', () => {
  it('finds breakpoints in the data (the texts name two channels)', async () => {
    const { rows } = await testApp.pool.query(`SELECT count(*)::int AS n FROM feedback WHERE org_id = $1 AND breakpoint_from = 'app' AND breakpoint_to = 'store'`, [org.orgId]);
    expect(rows[0].n).toBeGreaterThan(5);
  });

  it.each([
    ['breakpoint_from=app', `f.breakpoint_from = 'app' AND f.breakpoint_to IS NOT NULL`],
    ['breakpoint_to=store', `f.breakpoint_to = 'store' AND f.breakpoint_from IS NOT NULL`],
    ['breakpoint_from=app&breakpoint_to=store', `f.breakpoint_from = 'app' AND f.breakpoint_to = 'store'`],
    ['segment=vip', `${segmentSql} = 'vip'`],
    ['segment=gold', `${segmentSql} = 'gold'`],
    ['segment=%20regular%20', `${segmentSql} = 'regular'`],
    [`breakpoint_from=app&segment=vip&channel=store`, `f.breakpoint_from = 'app' AND f.breakpoint_to IS NOT NULL AND ${segmentSql} = 'vip' AND f.channel = 'store'`],
    ['breakpoint_to=store&from=2026-10-05&to=2026-10-12', `f.breakpoint_to = 'store' AND f.breakpoint_from IS NOT NULL AND f.occurred_at >= '2026-10-05' AND f.occurred_at < '2026-10-13'`],
  ])('%s lists exactly the matching items, newest first, across pages', async (query, where) => {
    const expected = await rawIds(where, []);
    expect(expected.length).toBeGreaterThan(0);
    expect(await listedIds(query)).toEqual(expected);
  });

  it('lists nothing for a segment or breakpoint nobody has', async () => {
    expect(await listedIds('segment=nobody')).toEqual([]);
    expect(await listedIds('breakpoint_from=sms&breakpoint_to=wechat')).toEqual([]);
  });

  it('counts what the journey map counts for each breakpoint, in the same range and segment', async () => {
    const map = (await owner.get('/api/v1/metrics/journey-map?from=2026-10-01&to=2026-10-31&segment=vip')).json();
    expect(map.breakpoints.length).toBeGreaterThan(0);
    for (const breakpoint of map.breakpoints) {
      const ids = await listedIds(`breakpoint_from=${breakpoint.from}&breakpoint_to=${breakpoint.to}&segment=vip&from=2026-10-01&to=2026-10-31`);
      expect(ids.length).toBe(breakpoint.items);
    }
  });

  it('shows the breakpoint of each listed item', async () => {
    const body = (await owner.get('/api/v1/feedback?breakpoint_from=app&breakpoint_to=store')).json();
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) expect(item.breakpoint).toMatchObject({ from: 'app', to: 'store' });
  });
});

describe('GET /api/v1/feedback journey and stage filters', () => {
  it.each([
    ['journey', () => `journey_id=${journeyId}`, () => [`s.journey_id = $2`, [journeyId]] as const],
    ['stage', () => `stage_id=${stageIds[0]}`, () => [`t.stage_id = $2`, [stageIds[0]]] as const],
    ['stage + segment', () => `stage_id=${stageIds[1]}&segment=vip`, () => [`t.stage_id = $2 AND ${segmentSql} = 'vip'`, [stageIds[1]]] as const],
    ['journey + breakpoint', () => `journey_id=${journeyId}&breakpoint_from=app`, () => [`s.journey_id = $2 AND f.breakpoint_from = 'app' AND f.breakpoint_to IS NOT NULL`, [journeyId]] as const],
  ])('%s', async (_name, query, raw) => {
    const [where, params] = raw();
    const expected = await rawIds(where, [...params]);
    expect(expected.length).toBeGreaterThan(0);
    expect(await listedIds(query())).toEqual(expected);
  });

  it('lists nothing for another organisation’s journey', async () => {
    expect(await listedIds(`journey_id=${journeyId}`)).not.toEqual([]);
    const stranger = await other.as('owner');
    const response = await stranger.get(`/api/v1/feedback?journey_id=${journeyId}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([]);
  });
});

describe('GET /api/v1/feedback filter validation', () => {
  it.each([
    ['breakpoint_from=Not%20A%20Key', 'breakpoint_from'],
    ['breakpoint_to=' + 'x'.repeat(200), 'breakpoint_to'],
    ['segment=' + 's'.repeat(61), 'segment'],
    ['segment=%20%20', 'segment'],
    ['journey_id=not-a-uuid', 'journey_id'],
    ['stage_id=123', 'stage_id'],
  ])('%s is refused with the field path', async (query, path) => {
    expectError(await owner.get(`/api/v1/feedback?${query}`), 400, 'validation_failed', path);
  });
});
