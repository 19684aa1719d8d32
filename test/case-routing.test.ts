// Case routing over HTTP: rule management (order, validation), each condition, assignment inside a team
// (round-robin skipping disabled people, least-loaded, team queue), priority raise, the agent fallback,
// and cases opened by alert rules (one case per unhappy customer).
import type { Runner } from 'graphile-worker';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '../src/jobs/start-worker.ts';
import { addPerson, createTeam, expectError, ingest, openCase, type Person } from './support/case-fixtures.ts';
import { createJourney, createStage, createTouchpoint } from './support/journey-fixtures.ts';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp } from './support/test-app.ts';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(async () => testApp?.close());

async function newOrg() {
  const org = await createTestOrg(testApp);
  return { org, owner: await org.as('owner'), ingest: apiKeyClient(testApp.app, await org.apiKey()) };
}

async function addRule(owner: Client, body: object) {
  const response = await owner.post('/api/v1/case-routing-rules', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; position: number };
}

describe('routing rules', () => {
  it('are kept in order, validated, replaced, reordered and deleted', async () => {
    const { owner } = await newOrg();
    const team = await createTeam(owner, 'Logistics');
    const a = await addRule(owner, { name: 'A', team_id: team, conditions: { channels: ['store'] } });
    const b = await addRule(owner, { name: 'B', team_id: team, assignment: 'team_queue', priority: 'high' });
    expect([a.position, b.position]).toEqual([1, 2]);
    expectError(await owner.post('/api/v1/case-routing-rules', { name: 'X', team_id: crypto.randomUUID() }), 400, 'validation_failed', 'team_id');
    expectError(await owner.post('/api/v1/case-routing-rules', { name: 'X', team_id: team, assignment: 'random' }), 400, 'validation_failed', 'assignment');
    expectError(await owner.post('/api/v1/case-routing-rules', { name: 'X', team_id: team, conditions: { weather: ['rain'] } }), 400, 'validation_failed', 'conditions');
    const replaced = await owner.put(`/api/v1/case-routing-rules/${a.id}`, { name: 'A2', team_id: team, enabled: false, conditions: { tiers: ['vip'] } });
    expect(replaced.json()).toMatchObject({ name: 'A2', enabled: false, position: 1, conditions: { tiers: ['vip'], channels: [] }, team: { id: team, name: 'Logistics' } });
    expectError(await owner.post('/api/v1/case-routing-rules/reorder', { ids: [b.id] }), 400, 'validation_failed', 'ids');
    const reordered = await owner.post('/api/v1/case-routing-rules/reorder', { ids: [b.id, a.id] });
    expect(reordered.json().items.map((rule: { name: string; position: number }) => [rule.name, rule.position])).toEqual([['B', 1], ['A2', 2]]);
    expect((await owner.delete(`/api/v1/case-routing-rules/${a.id}`)).statusCode).toBe(204);
    expectError(await owner.delete(`/api/v1/case-routing-rules/${a.id}`), 404, 'not_found');
    expect((await owner.get('/api/v1/case-routing-rules')).json().items.map((rule: { name: string }) => rule.name)).toEqual(['B']);
  });
});

describe('conditions', () => {
  it('send each case to the first matching rule’s team', async () => {
    const { owner, ingest: ingestClient } = await newOrg();
    const journey = await createJourney(owner);
    const stage = await createStage(owner, journey.id, { name_en: 'Delivery' });
    const touchpoint = await createTouchpoint(owner, stage.id, { name_en: 'Courier', channel: 'app' });
    const [themed] = await ingest(ingestClient, [{ channel: 'website', text: '快递太慢了，物流一直没有更新' }]);
    const theme = (await owner.get(`/api/v1/feedback/${themed}`)).json().themes[0]?.id as string;
    expect(theme).toBeTruthy();
    const teams: Record<string, string> = {};
    const conditions: Array<[string, object]> = [
      ['touchpoint', { touchpoint_ids: [touchpoint.id] }],
      ['channel', { channels: ['call_centre'] }],
      ['location', { locations: ['beijing sanlitun'] }],
      ['tier', { tiers: ['vip'] }],
      ['theme', { themes: ['not_a_theme', theme] }],
      ['language', { languages: ['en'] }],
    ];
    for (const [name, condition] of conditions) {
      teams[name] = await createTeam(owner, `Team ${name}`);
      await addRule(owner, { name, team_id: teams[name], assignment: 'team_queue', conditions: condition });
    }
    await addRule(owner, { name: 'disabled catch-all', team_id: teams.channel, enabled: false });
    const items = await ingest(ingestClient, [
      { touchpoint_id: touchpoint.id, text: '包裹还没到' },
      { channel: 'call_centre', text: '电话打不通' },
      { channel: 'store', text: '门店排队', metadata: { store: 'Beijing Sanlitun' } },
      { text: '会员积分', metadata: { tier: 'VIP' } },
      { channel: 'website', text: '快递太慢了，物流一直没有更新' },
      { text: 'Hello there, nice shop' },
      { nps: 5 },
    ]);
    const expected = ['touchpoint', 'channel', 'location', 'tier', 'theme', 'language', null];
    for (const [index, feedbackId] of items.entries()) {
      const opened = await openCase(owner, { feedback_ids: [feedbackId] });
      const wanted = expected[index];
      expect(opened.team?.id ?? null, `item ${index}`).toBe(wanted ? teams[wanted] : null);
      expect(opened.status).toBe('new');
    }
  });
});

describe('assignment inside a team', () => {
  let owner: Client;
  let ingestClient: Client;
  let people: Person[];
  let orgRef: Awaited<ReturnType<typeof newOrg>>['org'];
  const openOne = async (text = 'help') => openCase(owner, { feedback_ids: await ingest(ingestClient, [{ text }]) });

  beforeAll(async () => {
    ({ owner, ingest: ingestClient, org: orgRef } = await newOrg());
    people = [];
    for (const name of ['Cy', 'Ana', 'Bo']) people.push(await addPerson(testApp, orgRef, 'agent', name));
  });

  it('round-robin goes through the members in name order and skips disabled people', async () => {
    const team = await createTeam(owner, 'Round', people.map((p) => p.id));
    const rule = await addRule(owner, { name: 'all', team_id: team, assignment: 'round_robin' });
    const names = [];
    for (let i = 0; i < 4; i++) names.push((await openOne()).assignee.name);
    expect(names).toEqual(['Ana', 'Bo', 'Cy', 'Ana']);
    const bo = people.find((p) => p.name === 'Bo')!;
    expect((await owner.patch(`/api/v1/users/${bo.id}`, { disabled: true })).statusCode).toBe(200);
    const after = [(await openOne()).assignee.name, (await openOne()).assignee.name];
    expect(after).toEqual(['Cy', 'Ana']);
    expect((await owner.patch(`/api/v1/users/${bo.id}`, { disabled: false })).statusCode).toBe(200);
    await owner.delete(`/api/v1/case-routing-rules/${rule.id}`);
  });

  it('least-loaded picks the member with the fewest open cases, ties in round-robin order', async () => {
    const [ana, bo] = [people.find((p) => p.name === 'Ana')!, people.find((p) => p.name === 'Bo')!];
    const team = await createTeam(owner, 'Least', [ana.id, bo.id]);
    const open = (await owner.get(`/api/v1/cases?assignee_id=${ana.id}&status=open`)).json().items.length;
    const boOpen = (await owner.get(`/api/v1/cases?assignee_id=${bo.id}&status=open`)).json().items.length;
    expect(open).toBeGreaterThan(boOpen);
    const rule = await addRule(owner, { name: 'least', team_id: team, assignment: 'least_loaded' });
    const names = [];
    for (let i = 0; i < open - boOpen; i++) names.push((await openOne()).assignee.name);
    expect(names.every((name) => name === 'Bo')).toBe(true);
    const tie = [(await openOne()).assignee.name, (await openOne()).assignee.name];
    expect(tie.sort()).toEqual(['Ana', 'Bo']);
    await owner.delete(`/api/v1/case-routing-rules/${rule.id}`);
  });

  it('team queue leaves the case to the team, and a rule raises (never lowers) priority', async () => {
    const team = await createTeam(owner, 'Queue', people.map((p) => p.id));
    const rule = await addRule(owner, { name: 'queue', team_id: team, assignment: 'team_queue', priority: 'high' });
    const queued = await openOne();
    expect(queued).toMatchObject({ team: { id: team }, assignee: null, status: 'new', priority: 'high' });
    const detail = (await owner.get(`/api/v1/cases/${queued.id}`)).json();
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'assigned', 'priority_changed']);
    expect(detail.events[1]).toMatchObject({ actor: null, details: { rule: { id: rule.id, name: 'queue' }, assignment: 'team_queue' } });
    const urgent = await openCase(owner, { feedback_ids: await ingest(ingestClient, [{ text: 'urgent' }]), priority: 'urgent' });
    expect(urgent.priority).toBe('urgent');
    await owner.delete(`/api/v1/case-routing-rules/${rule.id}`);
  });

  it('an agent whose case no rule catches keeps it', async () => {
    const agent = people[0]!;
    const opened = await openCase(agent.client, { feedback_ids: await ingest(ingestClient, [{ text: 'walk-in complaint' }]) });
    expect(opened).toMatchObject({ team: null, assignee: { id: agent.id }, status: 'assigned' });
    expect((await agent.client.get(`/api/v1/cases/${opened.id}`)).statusCode).toBe(200);
  });
});

describe('cases opened by alert rules', () => {
  let worker: Runner;
  afterAll(async () => worker?.stop());

  it('open one routed case per customer, later items join it, and alerts without the option open none', async () => {
    const { owner, ingest: ingestClient } = await newOrg();
    worker = await startWorker(testApp.pool, pino({ level: 'silent' }), { concurrency: 2 });
    const team = await createTeam(owner, 'Retention');
    await addRule(owner, { name: 'detractors', team_id: team, assignment: 'team_queue' });
    const rule = (body: object) => owner.post('/api/v1/alert-rules', {
      kind: 'item', severity: 'critical', dedup_minutes: 60, max_per_hour: 100, channel_ids: [],
      condition: { match: 'all', conditions: [{ field: 'nps', operator: 'lte', value: 3 }] }, ...body,
    });
    const created = await rule({ name: 'Detractor → case', open_case_priority: 'urgent' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().open_case_priority).toBe('urgent');
    const noCase = await rule({ name: 'Passive, no case', condition: { match: 'all', conditions: [{ field: 'nps', operator: 'eq', value: 6 }] } });
    expect(noCase.json().open_case_priority).toBeNull();

    const [first] = await ingest(ingestClient, [{ nps: 1, text: '太失望了', identifiers: { email: 'zhao@example.com' } }]);
    const casesOf = async () => (await owner.get('/api/v1/cases')).json().items as Array<Record<string, any>>;
    await expect.poll(async () => (await casesOf()).length, { timeout: 20_000, interval: 100 }).toBe(1);
    const [opened] = await casesOf();
    expect(opened).toMatchObject({ source: 'alert', priority: 'urgent', team: { id: team }, feedback_count: 1 });
    expect(opened!.alert_id).toBeTruthy();

    const [second] = await ingest(ingestClient, [{ nps: 0, text: '还是没人管', identifiers: { email: 'zhao@example.com' } }]);
    await expect.poll(async () => (await casesOf())[0]!.feedback_count, { timeout: 20_000, interval: 100 }).toBe(2);
    expect(await casesOf()).toHaveLength(1);
    const detail = (await owner.get(`/api/v1/cases/${opened!.id}`)).json();
    expect(detail.feedback.map((f: { id: string }) => f.id).sort()).toEqual([first, second].sort());
    expect(detail.events.at(-1)).toMatchObject({ kind: 'feedback_linked', details: { feedback_ids: [second] } });

    await ingest(ingestClient, [{ nps: 6, text: '一般般', identifiers: { email: 'qian@example.com' } }]);
    const alertsOf = async () => (await owner.get('/api/v1/alerts')).json().items as Array<{ rule: { id: string } }>;
    await expect.poll(async () => (await alertsOf()).filter((alert) => alert.rule.id === noCase.json().id).length, { timeout: 20_000, interval: 100 }).toBe(1);
    expect(await casesOf()).toHaveLength(1);
  });
});
