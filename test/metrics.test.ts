// Metrics against independent computations from the raw rows inserted here: headline figures,
// breakdowns, rollup exactness after re-analysis / deletion, tenancy and roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let org: TestOrg;
let owner: Client;
let other: TestOrg;

const CURRENT = { from: '2026-10-01', to: '2026-10-30' };
const range = `from=${CURRENT.from}&to=${CURRENT.to}`;

// Deterministic ratings: item i gets NPS i % 11, CSAT 1 + i % 5, on a day inside either period.
function items(count: number, day: (i: number) => string, channel: (i: number) => string, extra: (i: number) => object = () => ({})) {
  return Array.from({ length: count }, (_, i) => ({
    source: 'survey',
    channel: channel(i),
    occurred_at: `${day(i)}T0${i % 9}:00:00Z`,
    nps: (i * 7) % 11,
    csat: 1 + ((i * 3) % 5),
    ces: 1 + (i % 7),
    metadata: { segment: i % 3 === 0 ? 'vip' : 'regular' },
    ...extra(i),
  }));
}

beforeAll(async () => {
  testApp = await startTestApp();
  org = await createTestOrg(testApp);
  other = await createTestOrg(testApp);
  owner = await org.as('owner');
  const ingest = apiKeyClient(testApp.app, await org.apiKey());
  const day = (base: number) => (i: number) => `2026-${base === 9 ? '09' : '10'}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const current = items(120, day(10), (i) => (i % 2 ? 'app' : 'store'), (i) => (i % 4 === 0 ? { text: i % 8 === 0 ? 'Checkout is slow and the app crashes, terrible' : 'Great service, staff were friendly and helpful' } : {}));
  const previous = items(60, day(9), () => 'app');
  for (const batch of [current, previous]) expect((await ingest.post('/api/v1/feedback/batch', { items: batch })).statusCode).toBe(200);
  // Another organisation's data must never leak into these numbers.
  const otherKey = apiKeyClient(testApp.app, await other.apiKey());
  await otherKey.post('/api/v1/feedback/batch', { items: items(50, day(10), () => 'app') });
});
afterAll(() => testApp.close());

interface Raw { channel: string; nps: number | null; csat: number | null; sentiment_label: string | null; occurred_at: Date }
async function rawRows(orgId: string, from: string, to: string): Promise<Raw[]> {
  const { rows } = await testApp.pool.query<Raw>(
    `SELECT channel, nps, csat, sentiment_label, occurred_at FROM feedback WHERE org_id = $1 AND occurred_at >= $2::date AND occurred_at < $3::date + 1`,
    [orgId, from, to],
  );
  return rows;
}
const npsOf = (rows: Raw[]) => {
  const scored = rows.filter((row) => row.nps !== null);
  return (100 * (scored.filter((row) => row.nps! >= 9).length - scored.filter((row) => row.nps! <= 6).length)) / scored.length;
};
const round2 = (value: number) => Math.round(value * 100) / 100;

describe('GET /api/v1/metrics/overview', () => {
  it('matches NPS, CSAT and volume computed from the raw rows, with the previous period and a significance verdict', async () => {
    const response = await owner.get(`/api/v1/metrics/overview?${range}&grain=week`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const raw = await rawRows(org.orgId, CURRENT.from, CURRENT.to);
    const before = await rawRows(org.orgId, '2026-09-01', '2026-09-30');
    expect(body.period).toEqual({ ...CURRENT, days: 30 });
    expect(body.previous_period).toEqual({ from: '2026-09-01', to: '2026-09-30' });
    expect(body.metrics.volume).toBe(raw.length);
    expect(body.metrics.nps.value).toBe(round2(npsOf(raw)));
    expect(body.metrics.nps.n).toBe(raw.filter((row) => row.nps !== null).length);
    expect(body.metrics.nps.ci_low).toBeLessThan(body.metrics.nps.value);
    const csat = raw.filter((row) => row.csat !== null);
    expect(body.metrics.csat.value).toBe(round2((100 * csat.filter((row) => row.csat! >= 4).length) / csat.length));
    expect(body.metrics.csat_mean.value).toBe(round2(csat.reduce((sum, row) => sum + row.csat!, 0) / csat.length));
    expect(body.previous.volume).toBe(before.length);
    expect(body.previous.nps.value).toBe(round2(npsOf(before)));
    expect(body.changes.nps.delta).toBeCloseTo(npsOf(raw) - npsOf(before), 1);
    expect(typeof body.changes.nps.significant).toBe('boolean');
    expect(body.changes.volume).toMatchObject({ significant: true, direction: 'up' }); // 120 vs 60
    expect(body.trend.reduce((sum: number, point: { metrics: { volume: number } }) => sum + point.metrics.volume, 0)).toBe(raw.length);
  });

  it('does not flag a change on a handful of responses', async () => {
    const response = await owner.get(`/api/v1/metrics/overview?from=2026-10-01&to=2026-10-02`);
    const body = response.json();
    expect(body.metrics.nps.n).toBeLessThan(30);
    expect(body.changes.nps).toMatchObject({ significant: false, insufficient_n: true });
  });

  it('refuses ranges that end before they start, reach outside 2000–2100 or span more than three years', async () => {
    for (const query of ['from=2026-10-05&to=2026-10-01', 'from=1900-01-01', 'from=2020-01-01&to=2026-01-01', 'to=2026-02-30', 'grain=year']) {
      const response = await owner.get(`/api/v1/metrics/overview?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
    }
  });
});

describe('GET /api/v1/metrics/breakdown', () => {
  it('gives per-channel and per-segment figures equal to the raw rows', async () => {
    const raw = await rawRows(org.orgId, CURRENT.from, CURRENT.to);
    const channels = (await owner.get(`/api/v1/metrics/breakdown?${range}&by=channel`)).json();
    for (const channel of ['app', 'store']) {
      const rows = raw.filter((row) => row.channel === channel);
      const row = channels.rows.find((r: { key: string }) => r.key === channel);
      expect(row.metrics.volume).toBe(rows.length);
      expect(row.metrics.nps.value).toBe(round2(npsOf(rows)));
    }
    const segments = (await owner.get(`/api/v1/metrics/breakdown?${range}&by=segment`)).json();
    const { rows: vip } = await testApp.pool.query(
      `SELECT count(*)::int AS n FROM feedback WHERE org_id = $1 AND metadata->>'segment' = 'vip' AND occurred_at >= '2026-10-01' AND occurred_at < '2026-10-31'`,
      [org.orgId],
    );
    expect(segments.rows.find((r: { key: string }) => r.key === 'vip').metrics.volume).toBe(vip[0].n);
    const filtered = (await owner.get(`/api/v1/metrics/overview?${range}&segment=vip&channel=app`)).json();
    const { rows: vipApp } = await testApp.pool.query(
      `SELECT count(*)::int AS n FROM feedback WHERE org_id = $1 AND metadata->>'segment' = 'vip' AND channel = 'app' AND occurred_at >= '2026-10-01' AND occurred_at < '2026-10-31'`,
      [org.orgId],
    );
    expect(filtered.metrics.volume).toBe(vipApp[0].n);
  });
});

describe('rollups stay exact', () => {
  const rollupVersusRaw = async (orgId: string) => {
    const { rows } = await testApp.pool.query(
      `WITH raw AS (SELECT (occurred_at AT TIME ZONE 'UTC')::date AS day, channel, count(*)::int AS items, count(nps)::int AS nps_n,
                           count(*) FILTER (WHERE nps >= 9)::int AS promoters, count(*) FILTER (WHERE sentiment_label = 'negative')::int AS negative
                      FROM feedback WHERE org_id = $1 GROUP BY 1, 2),
            rolled AS (SELECT day, channel, sum(items)::int AS items, sum(nps_n)::int AS nps_n, sum(promoters)::int AS promoters, sum(negative)::int AS negative
                         FROM metrics_daily WHERE org_id = $1 GROUP BY 1, 2 HAVING sum(items) <> 0)
       SELECT count(*)::int AS mismatches FROM raw FULL JOIN rolled USING (day, channel)
        WHERE raw.items IS DISTINCT FROM rolled.items OR raw.nps_n IS DISTINCT FROM rolled.nps_n
           OR raw.promoters IS DISTINCT FROM rolled.promoters OR raw.negative IS DISTINCT FROM rolled.negative`,
      [orgId],
    );
    const monthly = await testApp.pool.query(
      `WITH d AS (SELECT date_trunc('month', day)::date AS day, channel, touchpoint_id, segment, sum(items)::int AS items, sum(promoters)::int AS p, sum(csat_sq)::int AS q
                    FROM metrics_daily WHERE org_id = $1 GROUP BY 1, 2, 3, 4),
            m AS (SELECT day, channel, touchpoint_id, segment, items, promoters AS p, csat_sq AS q FROM metrics_monthly WHERE org_id = $1)
       SELECT count(*)::int AS mismatches FROM d FULL JOIN m USING (day, channel, touchpoint_id, segment)
        WHERE d.items IS DISTINCT FROM m.items OR d.p IS DISTINCT FROM m.p OR d.q IS DISTINCT FROM m.q`,
      [orgId],
    );
    const totals = await testApp.pool.query(
      `WITH f AS (SELECT (occurred_at AT TIME ZONE 'UTC')::date AS day, t.theme, count(*)::int AS items, count(*) FILTER (WHERE nps <= 6)::int AS d
                    FROM feedback CROSS JOIN LATERAL (SELECT DISTINCT unnest(themes) AS theme) t WHERE org_id = $1 GROUP BY 1, 2),
            r AS (SELECT day, theme, items, detractors AS d FROM metrics_theme_total_daily WHERE org_id = $1 AND items <> 0),
            m AS (SELECT day, theme, sum(items)::int AS items FROM metrics_theme_monthly WHERE org_id = $1 GROUP BY 1, 2 HAVING sum(items) <> 0),
            tm AS (SELECT day, theme, items FROM metrics_theme_total_monthly WHERE org_id = $1 AND items <> 0)
       SELECT (SELECT count(*) FROM f FULL JOIN r USING (day, theme) WHERE f.items IS DISTINCT FROM r.items OR f.d IS DISTINCT FROM r.d)::int
            + (SELECT count(*) FROM m FULL JOIN tm USING (day, theme) WHERE m.items IS DISTINCT FROM tm.items)::int AS mismatches`,
      [orgId],
    );
    return (rows[0].mismatches as number) + (monthly.rows[0].mismatches as number) + (totals.rows[0].mismatches as number);
  };

  it('after re-analysis (UPDATE), deletion and moving items between days', async () => {
    expect(await rollupVersusRaw(org.orgId)).toBe(0);
    await testApp.pool.query(`UPDATE feedback SET sentiment_label = 'negative', sentiment_score = -0.8, themes = '{delivery}' WHERE org_id = $1 AND text IS NOT NULL`, [org.orgId]);
    await testApp.pool.query(`UPDATE feedback SET nps = 10 WHERE org_id = $1 AND nps = 0`, [org.orgId]);
    await testApp.pool.query(`UPDATE feedback SET occurred_at = occurred_at - interval '3 days' WHERE org_id = $1 AND channel = 'store'`, [org.orgId]);
    await testApp.pool.query(`DELETE FROM feedback WHERE org_id = $1 AND ces = 7`, [org.orgId]);
    // An UPDATE of nothing the rollups count leaves them as they are.
    const before = await testApp.pool.query(`SELECT sum(items)::int AS n, sum(sentiment_sum) AS s FROM metrics_daily WHERE org_id = $1`, [org.orgId]);
    await testApp.pool.query(`UPDATE feedback SET text_redacted = 'redacted' WHERE org_id = $1`, [org.orgId]);
    const after = await testApp.pool.query(`SELECT sum(items)::int AS n, sum(sentiment_sum) AS s FROM metrics_daily WHERE org_id = $1`, [org.orgId]);
    expect(after.rows[0]).toEqual(before.rows[0]);
    expect(await rollupVersusRaw(org.orgId)).toBe(0);
    const { rows } = await testApp.pool.query(
      `SELECT (SELECT count(*)::int FROM feedback WHERE org_id = $1 AND 'delivery' = ANY(themes)) AS raw,
              (SELECT coalesce(sum(items), 0)::int FROM metrics_theme_daily WHERE org_id = $1 AND theme = 'delivery') AS rolled`,
      [org.orgId],
    );
    expect(rows[0].rolled).toBe(rows[0].raw);
    expect(rows[0].raw).toBeGreaterThan(0);
  });

  it('removes the rollups with the organisation', async () => {
    const temp = await createTestOrg(testApp);
    await apiKeyClient(testApp.app, await temp.apiKey()).post('/api/v1/feedback/batch', { items: items(5, () => '2026-10-02', () => 'app') });
    await testApp.pool.query(`DELETE FROM organisations WHERE id = $1`, [temp.orgId]);
    const { rows } = await testApp.pool.query(`SELECT count(*)::int AS n FROM metrics_daily WHERE org_id = $1`, [temp.orgId]);
    expect(rows[0].n).toBe(0);
  });
});

describe('themes, channels, journey map', () => {
  it('lists themes with volumes equal to the raw rows and an NPS impact', async () => {
    const body = (await owner.get(`/api/v1/metrics/themes?${range}`)).json();
    const { rows } = await testApp.pool.query(
      `SELECT count(*)::int AS n FROM feedback WHERE org_id = $1 AND 'delivery' = ANY(themes) AND occurred_at >= '2026-10-01' AND occurred_at < '2026-10-31'`,
      [org.orgId],
    );
    const delivery = body.themes.find((t: { theme: string }) => t.theme === 'delivery');
    expect(delivery.metrics.volume).toBe(rows[0].n);
    const { rows: scored } = await testApp.pool.query<{ nps: number | null; delivery: boolean }>(
      `SELECT nps, 'delivery' = ANY(themes) AS delivery FROM feedback WHERE org_id = $1 AND occurred_at >= '2026-10-01' AND occurred_at < '2026-10-31'`,
      [org.orgId],
    );
    const nps = (rows: Array<{ nps: number | null }>) => npsOf(rows as Raw[]);
    const impact = nps(scored) - nps(scored.filter((row) => !row.delivery));
    expect(delivery.nps_impact).toBe(round2(impact));
    const trend = (await owner.get(`/api/v1/metrics/trend?${range}&theme=delivery&grain=month`)).json();
    expect(trend.points.reduce((sum: number, p: { metrics: { volume: number } }) => sum + p.metrics.volume, 0)).toBe(rows[0].n);
    const byTheme = (await owner.get(`/api/v1/metrics/breakdown?${range}&by=theme&channel=app`)).json();
    const { rows: appDelivery } = await testApp.pool.query(
      `SELECT count(*)::int AS n FROM feedback WHERE org_id = $1 AND channel = 'app' AND 'delivery' = ANY(themes) AND occurred_at >= '2026-10-01' AND occurred_at < '2026-10-31'`,
      [org.orgId],
    );
    expect(byTheme.rows.find((r: { key: string }) => r.key === 'delivery')?.metrics.volume ?? 0).toBe(appDelivery[0].n);
    const verbatims = (await owner.get(`/api/v1/metrics/themes/delivery/verbatims?${range}`)).json();
    expect(verbatims.items.length).toBe(Math.min(20, rows[0].n));
    expect(verbatims.items.every((item: { themes: Array<{ id: string }> }) => item.themes.some((t) => t.id === 'delivery'))).toBe(true);
  });

  it('compares channels with a consistency score in 0..100', async () => {
    const body = (await owner.get(`/api/v1/metrics/channels?${range}`)).json();
    expect(body.channels.map((c: { key: string }) => c.key).sort()).toEqual(['app', 'store']);
    expect(body.consistency.nps).toBeGreaterThanOrEqual(0);
    expect(body.consistency.nps).toBeLessThanOrEqual(100);
    const descriptors = await owner.get(`/api/v1/metrics/channels/descriptors?${range}`);
    expect(descriptors.statusCode).toBe(200);
    expect(Array.isArray(descriptors.json().groups)).toBe(true);
  });

  it('maps a journey with per-touchpoint metrics', async () => {
    const journey = (await owner.post('/api/v1/journeys', { name_en: 'Buy' })).json();
    const stage = (await owner.post(`/api/v1/journeys/${journey.id}/stages`, { name_en: 'Pay' })).json();
    const touchpoint = (await owner.post(`/api/v1/stages/${stage.id}/touchpoints`, { name_en: 'Checkout', channel: 'app', metrics: ['nps'] })).json();
    const ingest = apiKeyClient(testApp.app, await org.apiKey());
    await ingest.post('/api/v1/feedback/batch', { items: items(7, () => '2026-10-10', () => 'app', () => ({ touchpoint_id: touchpoint.id })) });
    const body = (await owner.get(`/api/v1/metrics/journey-map?${range}&journey_id=${journey.id}`)).json();
    const tp = body.journey.stages[0].touchpoints[0];
    expect(tp.metrics.volume).toBe(7);
    expect(body.journey.stages[0].metrics.volume).toBe(7);
    const filtered = (await owner.get(`/api/v1/metrics/overview?${range}&journey_id=${journey.id}`)).json();
    expect(filtered.metrics.volume).toBe(7);
    const byStage = (await owner.get(`/api/v1/metrics/breakdown?${range}&by=stage`)).json();
    expect(byStage.rows).toEqual([expect.objectContaining({ key: stage.id, label_en: 'Pay' })]);
    expect(byStage.rows[0].metrics.volume).toBe(7);
    const byJourney = (await owner.get(`/api/v1/metrics/breakdown?${range}&by=journey`)).json();
    expect(byJourney.rows[0]).toMatchObject({ key: journey.id, label_en: 'Buy', metrics: { volume: 7 } });
    const byTouchpoint = (await owner.get(`/api/v1/metrics/breakdown?${range}&by=touchpoint&touchpoint_id=${touchpoint.id}`)).json();
    expect(byTouchpoint.rows.map((r: { key: string }) => r.key)).toEqual([touchpoint.id]);
  });
});

describe('export and access', () => {
  it('exports a table as XLSX', async () => {
    const response = await owner.post('/api/v1/metrics/export.xlsx', { title: 'NPS by channel', columns: ['channel', 'nps'], rows: [['app', 12.5]] });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('renders a printable summary in English and Chinese', async () => {
    const overview = (await owner.get(`/api/v1/metrics/overview?${range}`)).json();
    const en = await owner.get(`/api/v1/metrics/summary.html?${range}`);
    expect(en.statusCode).toBe(200);
    expect(en.headers['content-type']).toContain('text/html');
    expect(en.body).toContain('Customer experience summary');
    expect(en.body).toContain(`<td>NPS</td><td>${overview.metrics.nps.value.toFixed(1)}</td>`);
    const zh = await owner.get(`/api/v1/metrics/summary.html?${range}&lang=zh-CN`);
    expect(zh.body).toContain('客户体验摘要');
  });

  it('lets every signed-in role read, refuses API keys and anonymous callers', async () => {
    for (const role of ['admin', 'analyst', 'agent', 'viewer'] as const) {
      expect((await (await org.as(role)).get(`/api/v1/metrics/overview?${range}`)).statusCode).toBe(200);
    }
    const key = apiKeyClient(testApp.app, await org.apiKey());
    for (const url of ['/api/v1/metrics/summary.html', '/api/v1/metrics/overview', '/api/v1/metrics/themes', '/api/v1/metrics/channels', '/api/v1/metrics/journey-map', '/api/v1/metrics/breakdown?by=channel', '/api/v1/metrics/segments']) {
      expect((await key.get(url)).statusCode).toBe(403);
    }
    expect((await testApp.app.inject({ method: 'GET', url: '/api/v1/metrics/overview' })).statusCode).toBe(401);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    for (const path of ['/api/v1/metrics/overview', '/api/v1/metrics/journey-map', '/api/v1/metrics/themes/{theme}/verbatims', '/api/v1/metrics/export.xlsx']) expect(paths).toContain(path);
  });

  it('keeps organisations apart', async () => {
    const otherOwner = await other.as('owner');
    const mine = (await owner.get(`/api/v1/metrics/overview?${range}`)).json();
    const theirs = (await otherOwner.get(`/api/v1/metrics/overview?${range}`)).json();
    expect(theirs.metrics.volume).toBe(50);
    expect(mine.metrics.volume).not.toBe(50);
    expect((await otherOwner.get(`/api/v1/metrics/segments`)).json().items).toEqual(['regular', 'vip']);
  });
});
