// Action plans: CRUD, validation with field paths, the metric before / after checked against a
// direct computation from the feedback rows inserted here, permissions per role, tenancy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let org: TestOrg;
let other: TestOrg;
let owner: Client;
let teamId: string;
let otherTeamId: string;

const DAY = 86_400_000;
// The plan took effect ten days ago; its baseline is twenty days.
const started = new Date(Math.floor(Date.now() / DAY) * DAY - 10 * DAY + 12 * 3600_000);
const at = (offsetDays: number) => new Date(started.getTime() + offsetDays * DAY);

async function insert(orgId: string, rows: Array<{ at: Date; nps?: number | null; csat?: number | null; themes?: string[]; from?: string; to?: string; label?: string }>) {
  for (const row of rows) {
    await testApp.pool.query(
      `INSERT INTO feedback (org_id, source, channel, occurred_at, nps, csat, text, themes, breakpoint_from, breakpoint_to, sentiment_label, sentiment_score, analysis_version)
       VALUES ($1, 'api', 'app', $2, $3, $4, 'x', $5, $6, $7, $8, $9, 1)`,
      [orgId, row.at, row.nps ?? null, row.csat ?? null, row.themes ?? [], row.from ?? null, row.to ?? null, row.label ?? null, row.label === 'negative' ? -0.6 : row.label === 'positive' ? 0.6 : row.label ? 0 : null],
    );
  }
}

const plan = (overrides: Record<string, unknown> = {}) => ({
  title: 'Cut waiting time in stores',
  description: 'More staff at peak hours',
  source: { kind: 'theme', theme_id: 'waiting_time' },
  owner_team_id: teamId,
  due_date: '2027-01-31',
  metric: 'nps',
  direction: 'increase',
  target: 20,
  started_at: started.toISOString(),
  baseline_days: 20,
  ...overrides,
});

beforeAll(async () => {
  testApp = await startTestApp();
  org = await createTestOrg(testApp);
  other = await createTestOrg(testApp);
  owner = await org.as('owner');
  teamId = (await owner.post('/api/v1/teams', { name: 'Stores' })).json().id;
  otherTeamId = (await (await other.as('owner')).post('/api/v1/teams', { name: 'Elsewhere' })).json().id;
  const waiting = ['waiting_time'];
  // Before: 40 answers, mostly detractors; after: 36 answers, mostly promoters.
  await insert(org.orgId, [
    ...Array.from({ length: 40 }, (_, i) => ({ at: at(-1 - (i % 19)), nps: i % 4 === 0 ? 9 : i % 4 === 1 ? 7 : 3, themes: waiting })),
    ...Array.from({ length: 36 }, (_, i) => ({ at: at(0.5 + (i % 9)), nps: i % 6 === 0 ? 2 : i % 6 === 1 ? 8 : 10, themes: waiting })),
    // Outside the windows, another theme, no rating: none of these count for NPS.
    { at: at(-25), nps: 0, themes: waiting },
    { at: at(-3), nps: 0, themes: ['staff_attitude'] },
    { at: at(2), nps: null, csat: 5, themes: waiting },
    // A breakpoint app → call centre, with sentiment.
    ...Array.from({ length: 12 }, (_, i) => ({ at: at(-2 - i), from: 'app', to: 'call_centre', label: i % 3 === 0 ? 'positive' : 'negative' })),
    ...Array.from({ length: 6 }, (_, i) => ({ at: at(1 + i), from: 'app', to: 'call_centre', label: i % 3 === 0 ? 'negative' : 'neutral' })),
    { at: at(1), from: 'website', to: 'call_centre', label: 'negative' },
  ]);
  // Another organisation's items on the same theme must not count.
  await insert(other.orgId, Array.from({ length: 10 }, (_, i) => ({ at: at(-1 - i), nps: 0, themes: waiting })));
});
afterAll(() => testApp.close());

interface Direct { nps: number | null; n: number; volume: number; negative: number; scored: number }
async function direct(orgId: string, where: string, params: unknown[], from: string, to: string): Promise<Direct> {
  const { rows } = await testApp.pool.query<{ nps: number | null; sentiment_label: string | null; sentiment_score: number | null }>(
    `SELECT nps, sentiment_label, sentiment_score FROM feedback WHERE org_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND ${where}`,
    [orgId, from, to, ...params],
  );
  const rated = rows.filter((row) => row.nps !== null);
  const scored = rows.filter((row) => row.sentiment_score !== null);
  return {
    nps: rated.length ? (100 * (rated.filter((r) => r.nps! >= 9).length - rated.filter((r) => r.nps! <= 6).length)) / rated.length : null,
    n: rated.length,
    volume: rows.length,
    negative: scored.filter((r) => r.sentiment_label === 'negative').length,
    scored: scored.length,
  };
}
const round2 = (value: number) => Math.round(value * 100) / 100;

describe('action plans', () => {
  it('creates a theme plan and shows its NPS before and after, as computed from the raw rows', async () => {
    const created = await owner.post('/api/v1/action-plans', plan());
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ title: 'Cut waiting time in stores', source: { kind: 'theme', theme_id: 'waiting_time' }, owner_team: { id: teamId, name: 'Stores' }, status: 'open', due_date: '2027-01-31', baseline_days: 20, started_at: started.toISOString() });
    const { before_window, after_window } = body.effect;
    expect(before_window).toEqual({ from: at(-20).toISOString(), to: started.toISOString() });
    expect(after_window.from).toBe(started.toISOString());
    const before = await direct(org.orgId, `themes @> ARRAY['waiting_time']`, [], before_window.from, before_window.to);
    const after = await direct(org.orgId, `themes @> ARRAY['waiting_time']`, [], after_window.from, after_window.to);
    expect(before.n).toBe(40);
    expect(after.n).toBe(36);
    expect(body.effect.before).toMatchObject({ value: round2(before.nps!), n: 40 });
    expect(body.effect.after).toMatchObject({ value: round2(after.nps!), n: 36 });
    expect(body.effect.change.delta).toBeCloseTo(after.nps! - before.nps!, 1);
    // z from the NPS variance p + d − (p − d)² of each period, as the metrics capability defines it.
    const variance = (rows: { nps: number }[]) => { const p = rows.filter((r) => r.nps >= 9).length / rows.length; const d = rows.filter((r) => r.nps <= 6).length / rows.length; return (p + d - (p - d) ** 2) / rows.length; };
    const pick = async (w: { from: string; to: string }) => (await testApp.pool.query<{ nps: number }>(`SELECT nps FROM feedback WHERE org_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND themes @> ARRAY['waiting_time'] AND nps IS NOT NULL`, [org.orgId, w.from, w.to])).rows;
    const z = (after.nps! - before.nps!) / (100 * Math.sqrt(variance(await pick(before_window)) + variance(await pick(after_window))));
    expect(body.effect.change.z).toBeCloseTo(z, 1);
    expect(body.effect.change.significant).toBe(Math.abs(z) >= 1.96);
    expect(body.effect.change.significant).toBe(true);
    expect(body.effect.improved).toBe(true);
    expect(body.effect.target_reached).toBe(after.nps! >= 20);
    const weekly = body.effect.weeks as Array<{ week: string; n: number; after: boolean }>;
    expect(weekly.reduce((sum, w) => sum + w.n, 0)).toBe(76);
    expect(weekly.map((w) => w.week)).toEqual([...weekly.map((w) => w.week)].sort());
  });

  it('measures a breakpoint plan on the negative share and on volume per day', async () => {
    const negative = await owner.post('/api/v1/action-plans', plan({ title: 'App hand-off', source: { kind: 'breakpoint', from_channel: 'app', to_channel: 'call_centre' }, metric: 'negative_share', direction: 'decrease', target: null }));
    expect(negative.statusCode).toBe(201);
    const effect = negative.json().effect;
    const where = `breakpoint_from = 'app' AND breakpoint_to = 'call_centre'`;
    const before = await direct(org.orgId, where, [], effect.before_window.from, effect.before_window.to);
    const after = await direct(org.orgId, where, [], effect.after_window.from, effect.after_window.to);
    expect(effect.before).toMatchObject({ n: before.scored, value: round2((100 * before.negative) / before.scored) });
    expect(effect.after).toMatchObject({ n: after.scored, value: round2((100 * after.negative) / after.scored) });
    expect(effect.change).toMatchObject({ significant: false, insufficient_n: true });
    expect(effect.improved).toBeNull();

    const volume = await owner.post('/api/v1/action-plans', plan({ title: 'Fewer hand-offs', source: { kind: 'breakpoint', from_channel: 'app', to_channel: 'call_centre' }, metric: 'volume', direction: 'decrease', target: null }));
    const v = volume.json().effect;
    const afterDays = (Date.parse(v.after_window.to) - Date.parse(v.after_window.from)) / DAY;
    expect(v.before).toMatchObject({ n: 12, value: round2(12 / 20) });
    expect(v.after).toMatchObject({ n: 6, value: round2(6 / afterDays) });
  });

  it('lists plans with their effect, filters them, edits and deletes one', async () => {
    const created = (await owner.post('/api/v1/action-plans', plan({ title: 'To edit' }))).json();
    const list = await owner.get('/api/v1/action-plans');
    expect(list.statusCode).toBe(200);
    const listed = list.json().items.find((item: { id: string }) => item.id === created.id);
    expect(listed.effect.before).toEqual(created.effect.before);
    expect(listed.effect.weeks).toBeUndefined();
    const updated = await owner.put(`/api/v1/action-plans/${created.id}`, plan({ title: 'Edited', status: 'in_progress', owner_team_id: null, started_at: undefined, metric: 'csat' }));
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ title: 'Edited', status: 'in_progress', owner_team: null, metric: 'csat', started_at: started.toISOString() });
    expect(updated.json().effect.after).toMatchObject({ n: 1, value: 100 });
    const filtered = (await owner.get('/api/v1/action-plans?status=in_progress')).json().items;
    expect(filtered.map((item: { id: string }) => item.id)).toEqual([created.id]);
    expect((await owner.get(`/api/v1/action-plans/${created.id}`)).json().effect.weeks.length).toBeGreaterThan(0);
    expect((await owner.delete(`/api/v1/action-plans/${created.id}`)).statusCode).toBe(204);
    expect((await owner.get(`/api/v1/action-plans/${created.id}`)).statusCode).toBe(404);
    expect((await owner.delete(`/api/v1/action-plans/${created.id}`)).statusCode).toBe(404);
  });

  it.each([
    ['no title', { title: '' }, 'title'],
    ['an unknown theme', { source: { kind: 'theme', theme_id: 'no_such_theme' } }, 'source.theme_id'],
    ['an unknown channel', { source: { kind: 'breakpoint', from_channel: 'fax', to_channel: 'app' } }, 'source.from_channel'],
    ['the same channel twice', { source: { kind: 'breakpoint', from_channel: 'app', to_channel: 'app' } }, 'source.to_channel'],
    ['an unknown source kind', { source: { kind: 'journey' } }, 'source.kind'],
    ['an unknown metric', { metric: 'revenue' }, 'metric'],
    ['an unknown direction', { direction: 'sideways' }, 'direction'],
    ['a short baseline', { baseline_days: 3 }, 'baseline_days'],
    ['a bad due date', { due_date: '31/01/2027' }, 'due_date'],
    ['a due date out of range', { due_date: '0001-01-01' }, 'due_date'],
    ['a start out of range', { started_at: '1900-01-01T00:00:00Z' }, 'started_at'],
    ['another organisation’s team', () => ({ owner_team_id: otherTeamId }), 'owner_team_id'],
  ])('refuses %s with the field path', async (_case, overrides, path) => {
    const response = await owner.post('/api/v1/action-plans', plan(typeof overrides === 'function' ? overrides() : overrides));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    expect(response.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
  });
});

describe('permissions and tenancy', () => {
  it.each(['owner', 'admin', 'analyst'] as const)('%s creates, edits and deletes plans', async (role) => {
    const client = await org.as(role);
    const created = await client.post('/api/v1/action-plans', plan({ title: `By ${role}` }));
    expect(created.statusCode).toBe(201);
    expect((await client.put(`/api/v1/action-plans/${created.json().id}`, plan({ title: 'Renamed' }))).statusCode).toBe(200);
    expect((await client.delete(`/api/v1/action-plans/${created.json().id}`)).statusCode).toBe(204);
  });

  it.each(['agent', 'viewer'] as const)('%s reads plans but cannot change them (403)', async (role) => {
    const id = (await owner.post('/api/v1/action-plans', plan({ title: `Seen by ${role}` }))).json().id;
    const client = await org.as(role);
    expect((await client.get('/api/v1/action-plans')).statusCode).toBe(200);
    expect((await client.get(`/api/v1/action-plans/${id}`)).statusCode).toBe(200);
    for (const response of [await client.post('/api/v1/action-plans', plan()), await client.put(`/api/v1/action-plans/${id}`, plan()), await client.delete(`/api/v1/action-plans/${id}`)]) {
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('forbidden');
    }
  });

  it('refuses API keys (403)', async () => {
    const key = apiKeyClient(testApp.app, await org.apiKey());
    expect((await key.get('/api/v1/action-plans')).statusCode).toBe(403);
  });

  it('hides one organisation’s plans from another (404) and never counts its feedback', async () => {
    const id = (await owner.post('/api/v1/action-plans', plan({ title: 'Private' }))).json().id;
    const stranger = await other.as('owner');
    expect((await stranger.get(`/api/v1/action-plans/${id}`)).statusCode).toBe(404);
    expect((await stranger.put(`/api/v1/action-plans/${id}`, plan({ owner_team_id: otherTeamId }))).statusCode).toBe(404);
    expect((await stranger.delete(`/api/v1/action-plans/${id}`)).statusCode).toBe(404);
    expect((await stranger.get('/api/v1/action-plans')).json().items).toEqual([]);
    const theirs = (await stranger.post('/api/v1/action-plans', plan({ owner_team_id: otherTeamId }))).json();
    expect(theirs.effect.before.n).toBe(10);
    expect(theirs.effect.before.value).toBe(-100);
  });
});
