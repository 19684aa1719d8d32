// Who may do what with cases, role by role: owners, admins and analysts work every case; agents work the
// cases of their teams (others are 404, their existence does not leak); viewers read without changing
// (403); API keys have no access to cases (403); another organisation's cases and rules are 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, createTeam, expectError, ingest, openCase } from './support/case-fixtures.ts';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
let owner: Client;
let ingestClient: Client;
let clients: Record<string, Client>;
let caseId: string;
let linkedId: string;
let teamId: string;
let ruleId: string;
let other: { owner: Client; caseId: string; ruleId: string; teamId: string; feedbackId: string };

type Who = 'owner' | 'admin' | 'analyst' | 'agent of the team' | 'agent of another team' | 'viewer' | 'api key';
const everyone: Who[] = ['owner', 'admin', 'analyst', 'agent of the team', 'agent of another team', 'viewer', 'api key'];

beforeAll(async () => {
  testApp = await startTestApp();
  const org = await createTestOrg(testApp);
  owner = await org.as('owner');
  ingestClient = apiKeyClient(testApp.app, await org.apiKey());
  const inside = await addPerson(testApp, org, 'agent', 'Inside');
  const outside = await addPerson(testApp, org, 'agent', 'Outside');
  teamId = await createTeam(owner, 'Care', [inside.id]);
  await createTeam(owner, 'Billing', [outside.id]);
  clients = {
    owner,
    admin: await org.as('admin'),
    analyst: await org.as('analyst'),
    'agent of the team': inside.client,
    'agent of another team': outside.client,
    viewer: await org.as('viewer'),
    'api key': ingestClient,
  };
  linkedId = (await ingest(ingestClient, [{ text: 'My order never arrived', identifiers: { email: 'perm@example.com' } }]))[0]!;
  caseId = (await openCase(owner, { feedback_ids: [linkedId], team_id: teamId })).id;
  ruleId = (await owner.post('/api/v1/case-routing-rules', { name: 'Care first', team_id: teamId, assignment: 'team_queue', conditions: { channels: ['nowhere'] } })).json().id;

  const orgB = await createTestOrg(testApp);
  const ownerB = await orgB.as('owner');
  const [feedbackB] = await ingest(apiKeyClient(testApp.app, await orgB.apiKey()), [{ text: 'B’s customer' }]);
  const teamB = await createTeam(ownerB, 'B team');
  other = {
    owner: ownerB,
    caseId: (await openCase(ownerB, { feedback_ids: [feedbackB!] })).id,
    ruleId: (await ownerB.post('/api/v1/case-routing-rules', { name: 'B rule', team_id: teamB })).json().id,
    teamId: teamB,
    feedbackId: feedbackB!,
  };
});
afterAll(async () => testApp?.close());

const expectStatus = (response: { statusCode: number; body: string; json(): any }, status: number) => {
  if (status === 403) expectError(response, 403, 'forbidden');
  else if (status === 404) expectError(response, 404, 'not_found');
  else expect(response.statusCode, response.body).toBe(status);
};
const readers = (who: Who) => (who === 'api key' ? 403 : who === 'agent of another team' ? 404 : 200);
const workers = (who: Who, ok: number) => (who === 'api key' || who === 'viewer' ? 403 : who === 'agent of another team' ? 404 : ok);

describe.each(everyone)('%s', (who) => {
  it('lists the queue (agents only their teams’ cases)', async () => {
    const response = await clients[who]!.get('/api/v1/cases?queue=all');
    if (who === 'api key') return expectStatus(response, 403);
    expect(response.statusCode).toBe(200);
    const ids = response.json().items.map((item: { id: string }) => item.id);
    expect(ids.includes(caseId)).toBe(who !== 'agent of another team');
    expect(ids).not.toContain(other.caseId);
  });

  it('reads the case page', async () => {
    expectStatus(await clients[who]!.get(`/api/v1/cases/${caseId}`), readers(who));
  });

  it('changes, assigns, notes, links and moves the case only when allowed', async () => {
    const client = clients[who]!;
    expectStatus(await client.patch(`/api/v1/cases/${caseId}`, { title: `Touched by ${who}` }), workers(who, 200));
    expectStatus(await client.post(`/api/v1/cases/${caseId}/assign`, { team_id: teamId }), workers(who, 200));
    expectStatus(await client.post(`/api/v1/cases/${caseId}/notes`, { body: `Note by ${who}` }), workers(who, 201));
    expectStatus(await client.post(`/api/v1/cases/${caseId}/feedback`, { feedback_ids: [linkedId] }), workers(who, 200));
    // 409 shows the request got past authorization (a new case cannot be closed).
    expectStatus(await client.post(`/api/v1/cases/${caseId}/status`, { status: 'closed' }), workers(who, 409));
  });

  it('opens cases only when allowed', async () => {
    const [feedbackId] = await ingest(ingestClient, [{ text: `Opened by ${who}` }]);
    const expected = who === 'api key' || who === 'viewer' ? 403 : 201;
    expectStatus(await clients[who]!.post('/api/v1/cases', { feedback_ids: [feedbackId] }), expected);
  });

  it('reads routing rules when they see every case, and only owners and admins change them', async () => {
    const client = clients[who]!;
    const reads = ['owner', 'admin', 'analyst', 'viewer'].includes(who);
    expectStatus(await client.get('/api/v1/case-routing-rules'), reads ? 200 : 403);
    const manages = who === 'owner' || who === 'admin';
    const body = { name: `Rule of ${who}`, team_id: teamId, enabled: false };
    expectStatus(await client.post('/api/v1/case-routing-rules', body), manages ? 201 : 403);
    expectStatus(await client.put(`/api/v1/case-routing-rules/${ruleId}`, { ...body, name: 'Care first' }), manages ? 200 : 403);
    const ids = manages ? (await client.get('/api/v1/case-routing-rules')).json().items.map((rule: { id: string }) => rule.id) : [ruleId];
    expectStatus(await client.post('/api/v1/case-routing-rules/reorder', { ids }), manages ? 200 : 403);
  });
});

describe('another organisation', () => {
  it('cannot see or touch A’s cases, and A cannot touch B’s', async () => {
    const b = other.owner;
    for (const response of [
      await b.get(`/api/v1/cases/${caseId}`),
      await b.patch(`/api/v1/cases/${caseId}`, { title: 'x' }),
      await b.post(`/api/v1/cases/${caseId}/assign`, { team_id: other.teamId }),
      await b.post(`/api/v1/cases/${caseId}/status`, { status: 'in_progress' }),
      await b.post(`/api/v1/cases/${caseId}/notes`, { body: 'x' }),
      await b.post(`/api/v1/cases/${caseId}/feedback`, { feedback_ids: [other.feedbackId] }),
      await owner.get(`/api/v1/cases/${other.caseId}`),
      await owner.put(`/api/v1/case-routing-rules/${other.ruleId}`, { name: 'x', team_id: teamId }),
      await owner.delete(`/api/v1/case-routing-rules/${other.ruleId}`),
    ]) {
      expectError(response, 404, 'not_found');
    }
    expect((await b.get('/api/v1/cases')).json().items.map((item: { id: string }) => item.id)).toEqual([other.caseId]);
  });

  it('cannot open cases from A’s feedback or route to A’s teams', async () => {
    const b = other.owner;
    expectError(await b.post('/api/v1/cases', { feedback_ids: [linkedId] }), 400, 'validation_failed', 'feedback_ids[0]');
    expectError(await b.post(`/api/v1/cases/${other.caseId}/feedback`, { feedback_ids: [linkedId] }), 400, 'validation_failed', 'feedback_ids[0]');
    expectError(await b.post(`/api/v1/cases/${other.caseId}/assign`, { team_id: teamId }), 400, 'validation_failed', 'team_id');
    expectError(await b.post('/api/v1/case-routing-rules', { name: 'steal', team_id: teamId }), 400, 'validation_failed', 'team_id');
    expect((await owner.get(`/api/v1/cases/${caseId}`)).json().events.every((e: { details: { body?: string } }) => e.details.body !== 'x')).toBe(true);
  });
});
