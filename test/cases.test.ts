// Case core end to end over HTTP: opening from feedback (facts, title, numbering), the queue with filters
// and pagination, the case page, assignment and transfers, the status flow, notes, linking, and refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, createTeam, expectError, ingest, openCase, type Person } from './support/case-fixtures.ts';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let org: TestOrg;
let owner: Client;
let ingestClient: Client;
let ana: Person;
let bo: Person;
let teamId: string;

beforeAll(async () => {
  testApp = await startTestApp();
  org = await createTestOrg(testApp);
  owner = await org.as('owner');
  ingestClient = apiKeyClient(testApp.app, await org.apiKey());
  ana = await addPerson(testApp, org, 'agent', 'Ana');
  bo = await addPerson(testApp, org, 'agent', 'Bo');
  teamId = await createTeam(owner, 'Care', [ana.id, bo.id]);
});
afterAll(async () => testApp?.close());

const detailOf = async (id: string) => (await owner.get(`/api/v1/cases/${id}`)).json();

describe('opening a case', () => {
  it('takes its facts and title from the first item and numbers cases per organisation', async () => {
    const [first, second] = await ingest(ingestClient, [
      { channel: 'store', nps: 2, text: '快递太慢了，等了一个星期还没到，客服也不回复', identifiers: { email: 'wang@example.com' }, metadata: { store: 'Shanghai Xuhui', segment: 'gold' } },
      { channel: 'app', text: 'Still waiting for my parcel', identifiers: { email: 'wang@example.com' } },
    ]);
    const item = (await owner.get(`/api/v1/feedback/${first}`)).json();
    const opened = await openCase(owner, { feedback_ids: [first, second], priority: 'high', note: 'Called the store.' });
    expect(opened).toMatchObject({
      title: '快递太慢了，等了一个星期还没到，客服也不回复',
      status: 'new',
      priority: 'high',
      source: 'manual',
      channel: 'store',
      location: 'Shanghai Xuhui',
      customer_tier: 'gold',
      lang: item.lang,
      themes: item.themes.map((theme: { id: string }) => theme.id),
      customer: { id: item.customer_id },
      team: null,
      assignee: null,
      feedback_count: 2,
      transfer_count: 0,
      sla: { first_response: expect.any(String), resolution: expect.any(String) },
    });
    const [next] = await ingest(ingestClient, [{ nps: 3, channel: 'website' }]);
    const numbered = await openCase(owner, { feedback_ids: [next] });
    expect(numbered.number).toBe(opened.number + 1);
    expect(numbered.title).toBe('Feedback via website');

    const detail = await detailOf(opened.id);
    expect(detail.feedback.map((f: { id: string }) => f.id).sort()).toEqual([first, second].sort());
    expect(detail.feedback[0]).toHaveProperty('text_redacted');
    // The evidence comes with the case, so the console needs no request per item.
    expect(detail.feedback[0].analysis_explanation).toEqual(expect.objectContaining({ pii: expect.any(Array) }));
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'note']);
    expect(detail.events[1]).toMatchObject({ details: { body: 'Called the store.' }, actor: { name: 'Owner' } });
    expect(detail.replies).toEqual([]);
  });

  it.each([
    [{ feedback_ids: [] }, 'feedback_ids'],
    [{ feedback_ids: ['not-a-uuid'] }, 'feedback_ids[0]'],
    [{ feedback_ids: [crypto.randomUUID()] }, 'feedback_ids[0]'],
    [{ feedback_ids: [crypto.randomUUID()], priority: 'asap' }, 'priority'],
    [{ feedback_ids: [crypto.randomUUID()], title: '' }, 'title'],
    [{ feedback_ids: [crypto.randomUUID()], extra: 1 }, ''],
  ])('refuses %j naming %s', async (body, path) => {
    expectError(await owner.post('/api/v1/cases', body), 400, 'validation_failed', path);
  });

  it('refuses items of two customers and items already in another case', async () => {
    const [a, b, c] = await ingest(ingestClient, [
      { text: 'one', identifiers: { email: 'x1@example.com' } },
      { text: 'two', identifiers: { email: 'x2@example.com' } },
      { text: 'three' },
    ]);
    expectError(await owner.post('/api/v1/cases', { feedback_ids: [a, b] }), 409, 'case_customer_mismatch');
    const opened = await openCase(owner, { feedback_ids: [a, c] });
    expect(opened.customer).not.toBeNull();
    const duplicate = await owner.post('/api/v1/cases', { feedback_ids: [c] });
    expectError(duplicate, 409, 'feedback_in_other_case');
    expect(duplicate.json().error.details).toMatchObject({ case_id: opened.id, case_number: opened.number });
  });

  it('goes to the team and person named, refusing people outside the team', async () => {
    const [id] = await ingest(ingestClient, [{ text: 'named' }]);
    const outsider = await addPerson(testApp, org, 'agent', 'Cy');
    expectError(await owner.post('/api/v1/cases', { feedback_ids: [id], team_id: teamId, assignee_id: outsider.id }), 400, 'validation_failed', 'assignee_id');
    expectError(await owner.post('/api/v1/cases', { feedback_ids: [id], team_id: crypto.randomUUID() }), 400, 'validation_failed', 'team_id');
    const opened = await openCase(owner, { feedback_ids: [id], team_id: teamId, assignee_id: ana.id });
    expect(opened).toMatchObject({ status: 'assigned', team: { id: teamId, name: 'Care' }, assignee: { id: ana.id, name: 'Ana' }, transfer_count: 0 });
  });
});

describe('the queue', () => {
  let ids: string[];
  beforeAll(async () => {
    const items = await ingest(ingestClient, [1, 2, 3, 4, 5].map((n) => ({ text: `Queue item ${n} refund`, identifiers: { email: `q${n}@example.com` } })));
    ids = [];
    for (const [index, feedbackId] of items.entries()) ids.push((await openCase(owner, { feedback_ids: [feedbackId], priority: index === 0 ? 'urgent' : 'low' })).id);
  });

  it('pages newest first with a cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ id: string }>; next_cursor: string | null } = (await owner.get(`/api/v1/cases?q=Queue&limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    expectError(await owner.get('/api/v1/cases?cursor=nonsense'), 400, 'invalid_cursor');
  });

  it('pages through cases opened in the same instant (one transaction) by id', async () => {
    await testApp.pool.query(`UPDATE cases SET created_at = '2026-01-01T00:00:00.123Z' WHERE id = ANY($1::uuid[])`, [ids]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ id: string }>; next_cursor: string | null } = (await owner.get(`/api/v1/cases?q=Queue&limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.items.map((item) => item.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toEqual([...ids].sort().reverse());
  });

  it('filters by priority, status, customer, number and text', async () => {
    const list = async (query: string) => ((await owner.get(`/api/v1/cases?${query}`)).json().items as Array<{ id: string; number: number }>).map((c) => c.id);
    expect(await list('priority=urgent&q=Queue')).toEqual([ids[0]]);
    const first = await detailOf(ids[0]!);
    expect(await list(`customer_id=${first.customer.id}`)).toEqual([ids[0]]);
    expect(await list(`q=%23${first.number}`)).toContain(ids[0]);
    expect(await list('q=Queue%20item%203')).toEqual([ids[2]]);
    expect((await list('status=open&q=Queue')).length).toBe(5);
    expect(await list('status=resolved&q=Queue')).toEqual([]);
    expect(await list('breached=true&q=Queue')).toEqual([]);
    expect(await list(`team_id=${teamId}&q=Queue`)).toEqual([]);
    expectError(await owner.get('/api/v1/cases?status=lost'), 400, 'validation_failed', 'status');
    expectError(await owner.get('/api/v1/cases?limit=0'), 400, 'validation_failed', 'limit');
  });
});

describe('working a case', () => {
  let caseId: string;
  beforeAll(async () => {
    const [id] = await ingest(ingestClient, [{ text: 'The app crashes at checkout', identifiers: { phone: '13800000001' } }]);
    caseId = (await openCase(owner, { feedback_ids: [id] })).id;
  });

  it('assigns, then counts a change of person as a transfer with its reason', async () => {
    const assigned = (await owner.post(`/api/v1/cases/${caseId}/assign`, { team_id: teamId, assignee_id: ana.id })).json();
    expect(assigned).toMatchObject({ status: 'assigned', assignee: { id: ana.id }, transfer_count: 0 });
    const moved = await ana.client.post(`/api/v1/cases/${caseId}/assign`, { assignee_id: bo.id, reason: 'Bo knows payments' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ assignee: { id: bo.id }, team: { id: teamId }, transfer_count: 1 });
    const unchanged = (await owner.post(`/api/v1/cases/${caseId}/assign`, { assignee_id: bo.id })).json();
    expect(unchanged.transfer_count).toBe(1);
    const events = (await detailOf(caseId)).events;
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'assigned', 'transferred']);
    expect(events[2]).toMatchObject({ actor: { id: ana.id }, details: { from: { assignee: { id: ana.id } }, to: { assignee: { id: bo.id, name: 'Bo' } }, reason: 'Bo knows payments' } });
    expectError(await owner.post(`/api/v1/cases/${caseId}/assign`, {}), 400, 'validation_failed', 'team_id');
    expectError(await owner.post(`/api/v1/cases/${caseId}/assign`, { assignee_id: crypto.randomUUID() }), 400, 'validation_failed', 'assignee_id');
  });

  it('changes priority with an event, and title without one', async () => {
    const changed = (await owner.patch(`/api/v1/cases/${caseId}`, { title: 'Checkout crash', priority: 'urgent' })).json();
    expect(changed).toMatchObject({ title: 'Checkout crash', priority: 'urgent' });
    expect((await detailOf(caseId)).events.at(-1)).toMatchObject({ kind: 'priority_changed', details: { from: 'normal', to: 'urgent' } });
    expectError(await owner.patch(`/api/v1/cases/${caseId}`, {}), 400, 'validation_failed', 'title');
  });

  it('follows the status flow: resolving needs a root cause and a code; closed cases reopen', async () => {
    const status = (body: object) => owner.post(`/api/v1/cases/${caseId}/status`, body);
    expect((await status({ status: 'in_progress' })).json().status).toBe('in_progress');
    expect((await status({ status: 'waiting_on_customer' })).json().status).toBe('waiting_on_customer');
    const missing = await status({ status: 'resolved' });
    expectError(missing, 400, 'validation_failed', 'root_cause');
    expectError(missing, 400, 'validation_failed', 'resolution_code');
    const resolved = (await status({ status: 'resolved', root_cause: 'Payment SDK timeout', resolution_code: 'bug_fixed', resolution_note: 'Hotfix 2.3.1' })).json();
    expect(resolved).toMatchObject({ status: 'resolved', root_cause: 'Payment SDK timeout', resolution_code: 'bug_fixed', resolution_note: 'Hotfix 2.3.1' });
    expect(resolved.resolved_at).not.toBeNull();
    expectError(await status({ status: 'waiting_on_customer' }), 409, 'case_transition_invalid');
    const closed = (await status({ status: 'closed' })).json();
    expect(closed.closed_at).not.toBeNull();
    expectError(await status({ status: 'resolved', root_cause: 'x', resolution_code: 'y' }), 409, 'case_transition_invalid');
    const reopened = (await status({ status: 'in_progress' })).json();
    expect(reopened).toMatchObject({ status: 'in_progress', reopen_count: 1, resolved_at: null, closed_at: null });
    expectError(await status({ status: 'in_progress' }), 409, 'case_transition_invalid');
    expectError(await status({ status: 'assigned' }), 409, 'case_transition_invalid');
    const kinds = (await detailOf(caseId)).events.map((e: { kind: string }) => e.kind);
    expect(kinds.slice(-5)).toEqual(['status_changed', 'status_changed', 'resolved', 'closed', 'reopened']);
  });

  it('adds internal notes to the timeline', async () => {
    const note = await bo.client.post(`/api/v1/cases/${caseId}/notes`, { body: 'Asked the payments team.' });
    expect(note.statusCode, note.body).toBe(201);
    expect(note.json()).toMatchObject({ kind: 'note', actor: { id: bo.id, name: 'Bo' }, details: { body: 'Asked the payments team.' } });
    expect((await detailOf(caseId)).events.at(-1).id).toBe(note.json().id);
    expectError(await owner.post(`/api/v1/cases/${caseId}/notes`, { body: '  ' }), 400, 'validation_failed', 'body');
  });

  it('links more feedback of the same customer, and learns the customer of an anonymous case', async () => {
    const [same, other, anonymous] = await ingest(ingestClient, [
      { text: 'Crashed again', identifiers: { phone: '13800000001' } },
      { text: 'Someone else', identifiers: { phone: '13800000002' } },
      { text: 'No idea who I am' },
    ]);
    const linked = await owner.post(`/api/v1/cases/${caseId}/feedback`, { feedback_ids: [same] });
    expect(linked.json()).toMatchObject({ feedback_count: 2 });
    expect((await detailOf(caseId)).events.at(-1)).toMatchObject({ kind: 'feedback_linked', details: { feedback_ids: [same] } });
    const eventCount = (await detailOf(caseId)).events.length;
    expect((await owner.post(`/api/v1/cases/${caseId}/feedback`, { feedback_ids: [same] })).json().feedback_count).toBe(2);
    expect((await detailOf(caseId)).events).toHaveLength(eventCount);
    expectError(await owner.post(`/api/v1/cases/${caseId}/feedback`, { feedback_ids: [other] }), 409, 'case_customer_mismatch');
    const anonymousCase = await openCase(owner, { feedback_ids: [anonymous] });
    expect(anonymousCase.customer).toBeNull();
    expectError(await owner.post(`/api/v1/cases/${anonymousCase.id}/feedback`, { feedback_ids: [same] }), 409, 'feedback_in_other_case');
    const learned = (await owner.post(`/api/v1/cases/${anonymousCase.id}/feedback`, { feedback_ids: [other] })).json();
    expect(learned.customer).not.toBeNull();
    expect(learned.feedback_count).toBe(2);
  });
});

describe('queues', () => {
  it('mine, my teams’ and all, with each role’s default', async () => {
    const items = await ingest(ingestClient, [{ text: 'zebra mine' }, { text: 'zebra team' }, { text: 'zebra elsewhere' }]);
    const mine = await openCase(owner, { feedback_ids: [items[0]], team_id: teamId, assignee_id: ana.id });
    const team = await openCase(owner, { feedback_ids: [items[1]], team_id: teamId });
    const elsewhere = await openCase(owner, { feedback_ids: [items[2]] });
    const ids = async (client: Client, query: string) => ((await client.get(`/api/v1/cases?q=zebra&${query}`)).json().items as Array<{ id: string }>).map((c) => c.id);
    expect(await ids(ana.client, 'queue=mine')).toEqual([mine.id]);
    expect(await ids(ana.client, 'queue=team')).toEqual([team.id, mine.id]);
    expect(await ids(ana.client, '')).toEqual([team.id, mine.id]);
    expect(await ids(ana.client, 'queue=all')).toEqual([team.id, mine.id]);
    expect(await ids(bo.client, 'queue=mine')).toEqual([]);
    expect(await ids(owner, '')).toEqual([elsewhere.id, team.id, mine.id]);
    expect(await ids(owner, 'queue=team')).toEqual([]);
    expect(await ids(owner, `queue=all&assignee_id=${ana.id}`)).toEqual([mine.id]);
  });
});

describe('teams with cases', () => {
  it('cannot be deleted while they hold cases (409 team_in_use)', async () => {
    const emptyTeam = await createTeam(owner, 'Temporary');
    expect((await owner.delete(`/api/v1/teams/${emptyTeam}`)).statusCode).toBe(204);
    expectError(await owner.delete(`/api/v1/teams/${teamId}`), 409, 'team_in_use');
  });
});

describe('people who leave', () => {
  it('disabling a person puts their open cases back in the team queue, with a timeline entry', async () => {
    const cy = await addPerson(testApp, org, 'agent', 'Cy');
    const team = await createTeam(owner, 'Leavers', [cy.id]);
    const items = await ingest(ingestClient, [{ text: 'open one' }, { text: 'done one' }]);
    const open = await openCase(owner, { feedback_ids: [items[0]], team_id: team, assignee_id: cy.id });
    const done = await openCase(owner, { feedback_ids: [items[1]], team_id: team, assignee_id: cy.id });
    await cy.client.post(`/api/v1/cases/${done.id}/status`, { status: 'resolved', root_cause: 'x', resolution_code: 'y' });

    expect((await owner.patch(`/api/v1/users/${cy.id}`, { disabled: true })).statusCode).toBe(200);

    const released = await detailOf(open.id);
    expect(released).toMatchObject({ status: 'new', assignee: null, team: { id: team } });
    expect(released.events.at(-1)).toMatchObject({ kind: 'transferred', actor: { name: 'Owner' }, details: { reason: 'assignee_disabled', to: { assignee: null } } });
    // A resolved case keeps who resolved it.
    expect((await detailOf(done.id)).assignee).toMatchObject({ id: cy.id });
  });
});
