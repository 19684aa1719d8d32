// Service metrics against cases inserted here with known timestamps (straight into the cases table):
// every figure overall, per team, per agent and per week, agent scoping, roles and tenancy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/domain/actor.ts';
import { createUser } from '../src/domain/users/create-user.ts';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let org: TestOrg;
let other: TestOrg;
let owner: Client;
const teams: Record<'A' | 'B', string> = { A: '', B: '' };
const agents: Record<'ag1' | 'ag2' | 'ag3', string> = { ag1: '', ag2: '', ag3: '' };

const MIN = 60_000;
const FUTURE = Date.now() + 10 * 86_400_000;
interface Fixture {
  day: string;
  team: 'A' | 'B' | null;
  agent: keyof typeof agents | null;
  status: string;
  frt: number | null; // minutes to the first response
  ttr: number | null; // minutes to resolution
  replies: number;
  transfers: number;
  reopens: number;
  frDue: number | null; // minutes after creation, or FUTURE (absolute) when not yet due
  frBreached?: boolean;
  resDue: number | null;
  resBreached?: boolean;
  escalated?: boolean;
}
const fixtures: Fixture[] = [
  { day: '2026-10-05', team: 'A', agent: 'ag1', status: 'closed', frt: 30, ttr: 300, replies: 1, transfers: 0, reopens: 0, frDue: 60, resDue: 600 },
  { day: '2026-10-06', team: 'A', agent: 'ag1', status: 'resolved', frt: 90, ttr: 1000, replies: 2, transfers: 1, reopens: 0, frDue: 60, frBreached: true, resDue: 600, resBreached: true, escalated: true },
  { day: '2026-10-07', team: 'A', agent: 'ag2', status: 'resolved', frt: 10, ttr: 120, replies: 1, transfers: 0, reopens: 1, frDue: 60, resDue: 600 },
  { day: '2026-10-12', team: 'A', agent: 'ag2', status: 'in_progress', frt: 45, ttr: null, replies: 1, transfers: 0, reopens: 0, frDue: 60, resDue: FUTURE },
  { day: '2026-10-13', team: 'B', agent: 'ag3', status: 'new', frt: null, ttr: null, replies: 0, transfers: 0, reopens: 0, frDue: 60, resDue: 600 },
  { day: '2026-10-14', team: 'B', agent: 'ag3', status: 'resolved', frt: 20, ttr: 200, replies: 0, transfers: 2, reopens: 0, frDue: null, resDue: null },
  { day: '2026-10-15', team: null, agent: null, status: 'new', frt: null, ttr: null, replies: 0, transfers: 0, reopens: 0, frDue: null, resDue: null },
];
const RANGE = 'from=2026-10-05&to=2026-10-18';

async function insertCase(orgId: string, number: number, f: Fixture) {
  const created = Date.parse(`${f.day}T09:00:00Z`);
  const moment = (minutes: number | null) => (minutes === null ? null : new Date(minutes === FUTURE ? FUTURE : created + minutes * MIN));
  await testApp.pool.query(
    `INSERT INTO cases (org_id, number, title, status, source, team_id, assignee_id, created_at, first_responded_at, resolved_at,
                        reply_count, transfer_count, reopen_count, first_response_due_at, first_response_breached_at,
                        resolution_due_at, resolution_breached_at, escalated_at)
     VALUES ($1, $2, 'Case', $3, 'manual', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
    [
      orgId, number, f.status, f.team ? teams[f.team] : null, f.agent ? agents[f.agent] : null, new Date(created), moment(f.frt), moment(f.ttr),
      f.replies, f.transfers, f.reopens, moment(f.frDue), f.frBreached ? moment(f.frDue) : null, moment(f.resDue), f.resBreached ? moment(f.resDue) : null,
      f.escalated ? moment(f.resDue) : null,
    ],
  );
}

beforeAll(async () => {
  testApp = await startTestApp();
  org = await createTestOrg(testApp);
  other = await createTestOrg(testApp);
  owner = await org.as('owner');
  teams.A = (await owner.post('/api/v1/teams', { name: 'Stores' })).json().id;
  teams.B = (await owner.post('/api/v1/teams', { name: 'Online' })).json().id;
  for (const name of Object.keys(agents) as Array<keyof typeof agents>) {
    agents[name] = (await createUser(testApp.pool, systemActor(org.orgId), { email: `${name}-${org.orgId}@example.com`, name, password: 'correct horse battery', role: 'agent' })).id;
  }
  for (const [index, fixture] of fixtures.entries()) await insertCase(org.orgId, index + 1, fixture);
  // Outside the range, and another organisation's case inside it: neither counts.
  await insertCase(org.orgId, 100, { ...fixtures[0]!, day: '2026-10-20' });
  await insertCase(other.orgId, 1, { ...fixtures[0]!, team: null, agent: null });
});
afterAll(() => testApp.close());

// percentile_cont: linear interpolation between the closest ranks.
function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const low = Math.floor(position);
  return Math.round(100 * (sorted[low]! + (position - low) * ((sorted[low + 1] ?? sorted[low]!) - sorted[low]!))) / 100;
}
const pct = (hits: number, n: number) => (n ? Math.round((10000 * hits) / n) / 100 : null);

function expected(rows: Fixture[]) {
  const resolved = rows.filter((f) => f.status === 'resolved' || f.status === 'closed');
  const frts = rows.flatMap((f) => (f.frt === null ? [] : [f.frt]));
  const ttrs = resolved.map((f) => f.ttr!);
  const frDue = rows.filter((f) => f.frDue !== null && (f.frt !== null || f.frDue !== FUTURE));
  const frMet = frDue.filter((f) => f.frt !== null && f.frt <= f.frDue! && !f.frBreached);
  const resDue = rows.filter((f) => f.resDue !== null && (resolved.includes(f) || f.resDue !== FUTURE));
  const resMet = resDue.filter((f) => resolved.includes(f) && f.ttr! <= f.resDue! && !f.resBreached);
  const fcr = resolved.filter((f) => f.replies <= 1 && f.transfers === 0 && f.reopens === 0);
  const transfers = rows.reduce((sum, f) => sum + f.transfers, 0);
  return {
    cases: rows.length,
    open: rows.length - resolved.length,
    resolved: resolved.length,
    escalated: rows.filter((f) => f.escalated).length,
    first_response: { n: frts.length, median_minutes: percentile(frts, 0.5), p90_minutes: percentile(frts, 0.9) },
    resolution: { n: ttrs.length, median_minutes: percentile(ttrs, 0.5), p90_minutes: percentile(ttrs, 0.9) },
    first_contact_resolution: { value: pct(fcr.length, resolved.length), n: resolved.length },
    transfers: { total: transfers, per_case: rows.length ? Math.round((100 * transfers) / rows.length) / 100 : null, transferred_share: { value: pct(rows.filter((f) => f.transfers > 0).length, rows.length), n: rows.length } },
    sla: {
      first_response: { due: frDue.length, met: frMet.length, compliance: { value: pct(frMet.length, frDue.length), n: frDue.length } },
      resolution: { due: resDue.length, met: resMet.length, compliance: { value: pct(resMet.length, resDue.length), n: resDue.length } },
    },
  };
}

describe('GET /api/v1/service-metrics', () => {
  it('computes every figure overall from the cases created in the range', async () => {
    const response = await owner.get(`/api/v1/service-metrics?${RANGE}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.period).toEqual({ from: '2026-10-05', to: '2026-10-18' });
    expect(body.overall).toMatchObject(expected(fixtures));
    // The same figures written out by hand, so the expectation above cannot drift with the fixtures.
    expect(body.overall).toMatchObject({ cases: 7, open: 3, resolved: 4, escalated: 1 });
    // Business time: cases open at 17:00 in Shanghai (default hours 09:00–18:00 on weekdays), so a
    // reply after 90 minutes counts 60, and a resolution 1000 minutes later (Tuesday 09:40) counts 100.
    expect(body.overall.first_response).toEqual({ n: 5, median_minutes: 30, p90_minutes: 72, business_median_minutes: 30, business_p90_minutes: 54 });
    expect(body.overall.resolution).toEqual({ n: 4, median_minutes: 250, p90_minutes: 790, business_median_minutes: 60, business_p90_minutes: 88 });
    expect(body.overall.first_contact_resolution.value).toBe(25);
    expect(body.overall.transfers).toMatchObject({ total: 3, per_case: 0.43 });
    expect(body.overall.sla.first_response).toMatchObject({ due: 5, met: 3, compliance: { value: 60 } });
    expect(body.overall.sla.resolution).toMatchObject({ due: 4, met: 2, compliance: { value: 50 } });
    expect(body.overall.sla.resolution.compliance.ci_low).toBeLessThan(50);
  });

  it('breaks the figures down by team, by agent and by week', async () => {
    const body = (await owner.get(`/api/v1/service-metrics?${RANGE}`)).json();
    const team = (id: string | null) => body.by_team.find((row: { team: { id: string } | null }) => (row.team?.id ?? null) === id);
    expect(team(teams.A)).toMatchObject({ team: { id: teams.A, name: 'Stores' }, ...expected(fixtures.filter((f) => f.team === 'A')) });
    expect(team(teams.B)).toMatchObject({ team: { id: teams.B, name: 'Online' }, ...expected(fixtures.filter((f) => f.team === 'B')) });
    expect(team(null)).toMatchObject(expected(fixtures.filter((f) => f.team === null)));
    expect(body.by_team).toHaveLength(3);
    for (const name of ['ag1', 'ag2', 'ag3'] as const) {
      const row = body.by_agent.find((r: { agent: { id: string } | null }) => r.agent?.id === agents[name]);
      expect(row).toMatchObject({ agent: { id: agents[name], name }, ...expected(fixtures.filter((f) => f.agent === name)) });
    }
    expect(body.by_agent.find((r: { agent: unknown }) => r.agent === null)).toMatchObject({ cases: 1 });
    expect(body.by_agent.find((r: { agent: { id: string } | null }) => r.agent?.id === agents.ag1).first_response).toMatchObject({ business_median_minutes: 45, business_p90_minutes: 57 });
    expect(body.by_week.map((w: { week: string }) => w.week)).toEqual(['2026-10-05', '2026-10-12']);
    expect(body.by_week[0]).toMatchObject(expected(fixtures.filter((f) => f.day < '2026-10-12')));
    expect(body.by_week[1]).toMatchObject(expected(fixtures.filter((f) => f.day >= '2026-10-12')));
  });

  it('narrows to one team, and answers zeros for a range without cases', async () => {
    const body = (await owner.get(`/api/v1/service-metrics?${RANGE}&team_id=${teams.B}`)).json();
    expect(body.team_id).toBe(teams.B);
    expect(body.overall).toMatchObject(expected(fixtures.filter((f) => f.team === 'B')));
    const empty = (await owner.get('/api/v1/service-metrics?from=2025-01-01&to=2025-01-31')).json();
    expect(empty.overall).toMatchObject({ cases: 0, first_response: { n: 0, median_minutes: null }, first_contact_resolution: { value: null } });
    expect(empty.by_team).toEqual([]);
    expect(empty.by_week).toHaveLength(5);
  });

  it.each([
    ['from=2026-10-05&to=2026-10-01', 'to'],
    ['from=05-10-2026', 'from'],
    ['team_id=nope', 'team_id'],
  ])('refuses %s with the field path', async (query, path) => {
    const response = await owner.get(`/api/v1/service-metrics?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    expect(response.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
  });
});

describe('who sees what', () => {
  it.each(['admin', 'analyst', 'viewer'] as const)('%s sees the whole organisation', async (role) => {
    const body = (await (await org.as(role)).get(`/api/v1/service-metrics?${RANGE}`)).json();
    expect(body.overall.cases).toBe(7);
  });

  it('an agent sees the figures of their own teams only', async () => {
    const agent = await org.as('agent');
    const me = (await agent.get('/api/v1/auth/me')).json().user.id;
    expect((await owner.put(`/api/v1/teams/${teams.B}/members`, { user_ids: [me, agents.ag3] })).statusCode).toBe(200);
    const body = (await agent.get(`/api/v1/service-metrics?${RANGE}`)).json();
    expect(body.overall).toMatchObject(expected(fixtures.filter((f) => f.team === 'B')));
    expect(body.by_team.map((row: { team: { id: string } }) => row.team.id)).toEqual([teams.B]);
    expect(body.by_agent.map((row: { agent: { id: string } }) => row.agent.id)).toEqual([agents.ag3]);
    expect((await agent.get(`/api/v1/service-metrics?${RANGE}&team_id=${teams.B}`)).statusCode).toBe(200);
    expect((await agent.get(`/api/v1/service-metrics?${RANGE}&team_id=${teams.A}`)).statusCode).toBe(404);
  });

  it('an agent without a team sees nothing', async () => {
    const loner = await createUser(testApp.pool, systemActor(org.orgId), { email: `loner-${org.orgId}@example.com`, name: 'Loner', password: 'correct horse battery', role: 'agent' });
    const { signIn } = await import('./support/test-app.ts');
    const client = await signIn(testApp.app, loner.email, 'correct horse battery');
    expect((await client.get(`/api/v1/service-metrics?${RANGE}`)).json().overall.cases).toBe(0);
  });

  it('refuses API keys, and another organisation neither sees these cases nor names their teams', async () => {
    expect((await apiKeyClient(testApp.app, await org.apiKey()).get('/api/v1/service-metrics')).statusCode).toBe(403);
    const stranger = await other.as('owner');
    expect((await stranger.get(`/api/v1/service-metrics?${RANGE}`)).json().overall.cases).toBe(1);
    expect((await stranger.get(`/api/v1/service-metrics?${RANGE}&team_id=${teams.A}`)).statusCode).toBe(404);
  });
});
