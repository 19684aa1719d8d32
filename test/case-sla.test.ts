// Case settings and SLA due moments: who may read and change the settings, how bad settings are refused
// (with the field at fault), where the clocks of a case end up (a case opened on Friday evening before a
// Monday holiday), and how priority changes, reopening and new settings move them. Team leads too.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySla } from '../src/domain/cases/sla/apply-sla.ts';
import { reapplyCaseSlas } from '../src/domain/cases/sla/reapply-case-slas.ts';
import { addPerson, addTeam, caseClock, insertCase, officeWeek, pendingTimers, roundTheClock } from './case-sla-fixtures.ts';
import { createSurvey, expectError, npsSurvey } from './surveys-fixtures.ts';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
});
afterAll(async () => {
  await testApp?.close();
});

const fullSettings = {
  timezone: 'Asia/Shanghai',
  business_hours: officeWeek,
  holidays: ['2026-03-09'],
  warn_at_percent: 75,
  sla: {
    urgent: { first_response_minutes: 30, resolution_minutes: 240 },
    high: { first_response_minutes: 120, resolution_minutes: 540 },
    normal: { first_response_minutes: 240, resolution_minutes: 1620 },
    low: { first_response_minutes: 540, resolution_minutes: 2700 },
  },
  resurvey_survey_id: null,
  resurvey_delay_hours: 48,
};

describe('case settings', () => {
  let org: TestOrg;
  let owner: Client;

  beforeAll(async () => {
    org = await createTestOrg(testApp);
    owner = await org.as('owner');
  });

  it('answers the defaults until saved, to every signed-in role', async () => {
    for (const role of ['owner', 'admin', 'analyst', 'agent', 'viewer'] as const) {
      const response = await (await org.as(role)).get('/api/v1/case-settings');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ timezone: 'Asia/Shanghai', warn_at_percent: 80, holidays: [], resurvey_survey_id: null, resurvey_delay_hours: 24 });
      expect(response.json().business_hours.mon).toEqual([{ start: '09:00', end: '18:00' }]);
      expect(response.json().sla.urgent).toEqual({ first_response_minutes: 30, resolution_minutes: 240 });
    }
    expectError(await apiKeyClient(testApp.app, await org.apiKey()).get('/api/v1/case-settings'), 403, 'forbidden');
  });

  it('is changed by owners and admins only; fields left out keep their value', async () => {
    const saved = await owner.put('/api/v1/case-settings', fullSettings);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual(fullSettings);
    const admin = await org.as('admin');
    const partial = await admin.put('/api/v1/case-settings', { warn_at_percent: 90, sla: { low: { first_response_minutes: 600, resolution_minutes: 3000 } } });
    expect(partial.statusCode).toBe(200);
    expect(partial.json()).toEqual({ ...fullSettings, warn_at_percent: 90, sla: { ...fullSettings.sla, low: { first_response_minutes: 600, resolution_minutes: 3000 } } });
    expect((await (await org.as('agent')).get('/api/v1/case-settings')).json().warn_at_percent).toBe(90);
    for (const role of ['analyst', 'agent', 'viewer'] as const) {
      expectError(await (await org.as(role)).put('/api/v1/case-settings', { warn_at_percent: 50 }), 403, 'forbidden');
    }
    expect((await owner.get('/api/v1/case-settings')).json().warn_at_percent).toBe(90);
  });

  it.each([
    ['an unknown time zone', { timezone: 'Mars/Olympus_Mons' }, 'timezone'],
    ['a malformed time', { business_hours: { ...officeWeek, mon: [{ start: '9am', end: '18:00' }] } }, 'business_hours.mon[0].start'],
    ['a time past midnight', { business_hours: { ...officeWeek, mon: [{ start: '09:00', end: '24:30' }] } }, 'business_hours.mon[0].end'],
    ['an end before the start', { business_hours: { ...officeWeek, wed: [{ start: '18:00', end: '09:00' }] } }, 'business_hours.wed[0].end'],
    ['an end equal to the start', { business_hours: { ...officeWeek, wed: [{ start: '09:00', end: '09:00' }] } }, 'business_hours.wed[0].end'],
    [
      'overlapping periods',
      { business_hours: { ...officeWeek, tue: [{ start: '13:00', end: '18:00' }, { start: '09:00', end: '13:30' }] } },
      'business_hours.tue[0].start',
    ],
    ['a week without hours', { business_hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } }, 'business_hours'],
    ['resolution sooner than first response', { sla: { high: { first_response_minutes: 120, resolution_minutes: 60 } } }, 'sla.high.resolution_minutes'],
    ['a target of zero minutes', { sla: { urgent: { first_response_minutes: 0, resolution_minutes: 60 } } }, 'sla.urgent.first_response_minutes'],
    ['a warning at 100 %', { warn_at_percent: 100 }, 'warn_at_percent'],
    ['a malformed holiday', { holidays: ['2026-02-30'] }, 'holidays[0]'],
    ['a holiday in year zero', { holidays: ['2026-10-01', '0000-01-01'] }, 'holidays[1]'],
    ['a day that is not a list', { business_hours: { ...officeWeek, sun: null } }, 'business_hours.sun'],
    ['an unknown re-survey survey', { resurvey_survey_id: randomUUID() }, 'resurvey_survey_id'],
    ['an unknown field', { colour: 'red' }, ''],
  ])('refuses %s with 400 validation_failed naming the field, and changes nothing', async (_case, body, path) => {
    const before = (await owner.get('/api/v1/case-settings')).json();
    expectError(await owner.put('/api/v1/case-settings', body), 400, 'validation_failed', path);
    expect((await owner.get('/api/v1/case-settings')).json()).toEqual(before);
  });

  it('takes a survey of the organisation for the re-survey, never one of another organisation', async () => {
    const survey = await createSurvey(owner, npsSurvey());
    const saved = await owner.put('/api/v1/case-settings', { resurvey_survey_id: survey.id, resurvey_delay_hours: 0 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ resurvey_survey_id: survey.id, resurvey_delay_hours: 0 });
    const otherOwner = await (await createTestOrg(testApp)).as('owner');
    expectError(await otherOwner.put('/api/v1/case-settings', { resurvey_survey_id: survey.id }), 400, 'validation_failed', 'resurvey_survey_id');
  });
});

describe('SLA due moments', () => {
  let org: TestOrg;
  let owner: Client;
  // Friday 2026-03-06 20:00 in Shanghai; Monday 2026-03-09 is a holiday.
  const fridayEvening = new Date('2026-03-06T12:00:00Z');
  const beforeIt = new Date('2026-03-06T11:00:00Z');

  beforeAll(async () => {
    org = await createTestOrg(testApp);
    owner = await org.as('owner');
    expect((await owner.put('/api/v1/case-settings', fullSettings)).statusCode).toBe(200);
  });

  it('runs from the next business morning after the weekend and the holiday, and schedules keyed timers', async () => {
    const caseId = await insertCase(testApp.pool, org.orgId, { createdAt: fridayEvening, priority: 'high' });
    await applySla(testApp.pool, org.orgId, caseId, { now: beforeIt });
    const clock = await caseClock(testApp.pool, caseId);
    // High: first response in 120 business minutes → Tuesday 11:00; resolution in 540 → Tuesday 18:00.
    expect(clock.first_response_due_at).toEqual(new Date('2026-03-10T03:00:00Z'));
    expect(clock.resolution_due_at).toEqual(new Date('2026-03-10T10:00:00Z'));
    const timers = await pendingTimers(testApp.pool, caseId);
    expect(timers.map((timer) => timer.key)).toEqual([
      `case-sla:${caseId}:first_response:due`,
      `case-sla:${caseId}:first_response:warn`,
      `case-sla:${caseId}:resolution:due`,
      `case-sla:${caseId}:resolution:warn`,
    ]);
    // Warned at 75 %: 90 minutes into first response (10:30), 405 into resolution (15:45).
    expect(timers.find((timer) => timer.key.endsWith('first_response:warn'))!.run_at).toEqual(new Date('2026-03-10T02:30:00Z'));
    expect(timers.find((timer) => timer.key.endsWith('resolution:warn'))!.run_at).toEqual(new Date('2026-03-10T07:45:00Z'));

    // A priority change re-applies: the same four timers, moved.
    await testApp.pool.query(`UPDATE cases SET priority = 'urgent' WHERE id = $1`, [caseId]);
    await applySla(testApp.pool, org.orgId, caseId, { now: beforeIt });
    expect(await caseClock(testApp.pool, caseId)).toMatchObject({ first_response_due_at: new Date('2026-03-10T01:30:00Z'), resolution_due_at: new Date('2026-03-10T05:00:00Z') });
    const moved = await pendingTimers(testApp.pool, caseId);
    expect(moved).toHaveLength(4);
    expect(moved.find((timer) => timer.key.endsWith('first_response:due'))!.run_at).toEqual(new Date('2026-03-10T01:30:00Z'));
  });

  it('keeps a first response met, and restarts the resolution clock at the latest reopen', async () => {
    const caseId = await insertCase(testApp.pool, org.orgId, { createdAt: fridayEvening, priority: 'high' });
    await applySla(testApp.pool, org.orgId, caseId, { now: beforeIt });
    // Answered Tuesday 09:10, resolved, then reopened Wednesday 10:00 Shanghai.
    await testApp.pool.query(
      `UPDATE cases SET first_responded_at = '2026-03-10T01:10:00Z', first_response_warned_at = '2026-03-10T01:05:00Z', status = 'in_progress', reopen_count = 1 WHERE id = $1`,
      [caseId],
    );
    await testApp.pool.query(`INSERT INTO case_events (org_id, case_id, kind, details, created_at) VALUES ($1, $2, 'reopened', '{}', '2026-03-11T02:00:00Z')`, [org.orgId, caseId]);
    await applySla(testApp.pool, org.orgId, caseId, { now: new Date('2026-03-11T02:00:00Z') });
    const clock = await caseClock(testApp.pool, caseId);
    expect(clock.first_response_due_at).toEqual(new Date('2026-03-10T03:00:00Z'));
    expect(clock.first_response_warned_at).toEqual(new Date('2026-03-10T01:05:00Z'));
    // 540 business minutes from Wednesday 10:00 → Thursday 10:00.
    expect(clock.resolution_due_at).toEqual(new Date('2026-03-12T02:00:00Z'));
  });

  it('leaves resolved cases alone', async () => {
    const caseId = await insertCase(testApp.pool, org.orgId, { createdAt: fridayEvening, status: 'resolved' });
    await applySla(testApp.pool, org.orgId, caseId, { now: beforeIt });
    expect(await caseClock(testApp.pool, caseId)).toMatchObject({ first_response_due_at: null, resolution_due_at: null });
    expect(await pendingTimers(testApp.pool, caseId)).toEqual([]);
  });

  it('moves the clocks of open cases when the settings change', async () => {
    const open = await insertCase(testApp.pool, org.orgId, { createdAt: fridayEvening, priority: 'normal' });
    const resolved = await insertCase(testApp.pool, org.orgId, { createdAt: fridayEvening, status: 'resolved' });
    await applySla(testApp.pool, org.orgId, open, { now: beforeIt });
    const saved = await owner.put('/api/v1/case-settings', { business_hours: roundTheClock, holidays: [], timezone: 'UTC' });
    expect(saved.statusCode).toBe(200);
    // Round the clock: 240 and 1620 minutes from Friday 12:00Z.
    expect(await caseClock(testApp.pool, open)).toMatchObject({ first_response_due_at: new Date('2026-03-06T16:00:00Z'), resolution_due_at: new Date('2026-03-07T15:00:00Z') });
    expect(await caseClock(testApp.pool, resolved)).toMatchObject({ resolution_due_at: null });
    expect((await owner.put('/api/v1/case-settings', fullSettings)).statusCode).toBe(200);
  });

  it('re-times many open cases in a background job rather than in the request', async () => {
    const busy = await createTestOrg(testApp);
    const busyOwner = await busy.as('owner');
    const ids: string[] = [];
    for (let i = 0; i < 51; i += 1) ids.push(await insertCase(testApp.pool, busy.orgId, { createdAt: fridayEvening }));
    expect((await busyOwner.put('/api/v1/case-settings', { timezone: 'UTC', business_hours: roundTheClock })).statusCode).toBe(200);
    expect(await caseClock(testApp.pool, ids[0]!)).toMatchObject({ first_response_due_at: null });
    const queued = await testApp.pool.query(`SELECT payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier = 'cases:sla_reapply' AND key = $1`, [`case-sla-reapply:${busy.orgId}`]);
    expect(queued.rows.map((row) => row.payload)).toEqual([{ orgId: busy.orgId }]);
    expect(await reapplyCaseSlas(testApp.pool, busy.orgId, { now: beforeIt })).toEqual({ cases: 51 });
    expect(await caseClock(testApp.pool, ids[50]!)).toMatchObject({ first_response_due_at: new Date('2026-03-06T16:00:00Z') });
  });
});

describe('SLA clocks through the cases API', () => {
  it('sets due moments when a case opens, moves them with its priority and restarts resolution on reopen', async () => {
    const org = await createTestOrg(testApp);
    const owner = await org.as('owner');
    const settings = await owner.put('/api/v1/case-settings', { timezone: 'UTC', business_hours: roundTheClock, holidays: [], sla: { high: { first_response_minutes: 60, resolution_minutes: 120 } } });
    expect(settings.statusCode).toBe(200);
    const item = await apiKeyClient(testApp.app, await org.apiKey()).post('/api/v1/feedback', { source: 'ticket', channel: 'app', text: 'The refund never arrived' });
    expect(item.statusCode).toBe(201);
    const opened = await owner.post('/api/v1/cases', { feedback_ids: [item.json().id], priority: 'high', title: 'Refund missing' });
    expect(opened.statusCode).toBe(201);
    const created = new Date(opened.json().created_at).getTime();
    const plus = (from: number, minutes: number) => new Date(from + minutes * 60_000).toISOString();
    expect(opened.json()).toMatchObject({ first_response_due_at: plus(created, 60), resolution_due_at: plus(created, 120), sla: { first_response: 'pending', resolution: 'pending' } });
    expect((await pendingTimers(testApp.pool, opened.json().id)).map((timer) => timer.key.split(':').slice(2).join(':'))).toEqual([
      'first_response:due',
      'first_response:warn',
      'resolution:due',
      'resolution:warn',
    ]);

    const id = opened.json().id as string;
    expect((await owner.patch(`/api/v1/cases/${id}`, { priority: 'urgent' })).statusCode).toBe(200);
    const urgent = (await owner.get(`/api/v1/cases/${id}`)).json();
    expect(urgent).toMatchObject({ first_response_due_at: plus(created, 30), resolution_due_at: plus(created, 240) });

    const resolved = await owner.post(`/api/v1/cases/${id}/status`, { status: 'resolved', root_cause: 'carrier', resolution_code: 'refunded' });
    expect(resolved.statusCode).toBe(200);
    expect((await owner.post(`/api/v1/cases/${id}/status`, { status: 'in_progress' })).statusCode).toBe(200);
    const reopened = (await owner.get(`/api/v1/cases/${id}`)).json();
    const reopenAt = new Date(reopened.events.find((event: { kind: string }) => event.kind === 'reopened').created_at).getTime();
    expect(reopened).toMatchObject({ reopen_count: 1, first_response_due_at: plus(created, 30), resolution_due_at: plus(reopenAt, 240) });
  });
});

describe('team leads', () => {
  it('are members named by an admin, shown on the team, and kept when the membership changes', async () => {
    const org = await createTestOrg(testApp);
    const owner = await org.as('owner');
    const lead = await addPerson(testApp.pool, org.orgId, 'Lead Li');
    const agent = await addPerson(testApp.pool, org.orgId, 'Agent Wang');
    const outsider = await addPerson(testApp.pool, org.orgId, 'Outsider Zhao');
    const teamId = await addTeam(testApp.pool, org.orgId, 'Care', [lead, agent]);

    const named = await owner.put(`/api/v1/teams/${teamId}/leads`, { user_ids: [lead.id] });
    expect(named.statusCode).toBe(200);
    expect(named.json().members).toEqual([
      { id: agent.id, name: 'Agent Wang', email: agent.email, is_lead: false },
      { id: lead.id, name: 'Lead Li', email: lead.email, is_lead: true },
    ]);
    expectError(await owner.put(`/api/v1/teams/${teamId}/leads`, { user_ids: [outsider.id] }), 400, 'validation_failed', 'user_ids');
    expectError(await owner.put(`/api/v1/teams/${randomUUID()}/leads`, { user_ids: [] }), 404, 'not_found');
    for (const role of ['analyst', 'agent', 'viewer'] as const) {
      expectError(await (await org.as(role)).put(`/api/v1/teams/${teamId}/leads`, { user_ids: [] }), 403, 'forbidden');
    }
    const replaced = await owner.put(`/api/v1/teams/${teamId}/members`, { user_ids: [lead.id, outsider.id] });
    expect(replaced.json().members.map((member: { name: string; is_lead: boolean }) => [member.name, member.is_lead])).toEqual([
      ['Lead Li', true],
      ['Outsider Zhao', false],
    ]);
    // Another organisation's team is not found.
    const stranger = await (await createTestOrg(testApp)).as('owner');
    expectError(await stranger.put(`/api/v1/teams/${teamId}/leads`, { user_ids: [] }), 404, 'not_found');
  });
});
