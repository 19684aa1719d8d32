// SLA timers end to end: the job worker warns the assignee and, at the due moment, stamps the breach and
// escalates to the team leads, whose e-mail arrives at a real SMTP server. Timers are idempotent, stop
// when the case was answered or resolved, survive a broken mail server, and a sweep catches missed ones.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySla } from '../src/domain/cases/sla/apply-sla.ts';
import { checkSlaTimer } from '../src/domain/cases/sla/check-sla-timer.ts';
import { sweepSlaTimers } from '../src/domain/cases/sla/sweep-sla-timers.ts';
import { startWorker } from '../src/jobs/start-worker.ts';
import { addPerson, addTeam, caseClock, caseEvents, insertCase, roundTheClock } from './case-sla-fixtures.ts';
import { createTestOrg, startTestApp, type TestApp } from './support/test-app.ts';
import { startMailbox, type Mail, type Mailbox } from './support/mail-servers.ts';

let testApp: TestApp;
let smtp: Mailbox;
let smtpPort: number;
const mails: Mail[] = [];
const mailsTo = (address: string) => mails.filter((mail) => mail.to.includes(address));
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/** Subject and text of a single-part message, with MIME words and the transfer encoding undone. */
function readMail(raw: string): { subject: string; text: string } {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const headers = head.replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1] ?? '';
  const qp = (value: string) => Buffer.from(value.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
  const subject = header('Subject').replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_m, kind: string, word: string) =>
    kind.toUpperCase() === 'B' ? Buffer.from(word, 'base64').toString('utf8') : qp(word.replace(/_/g, ' ')),
  );
  const body = rest.join('\r\n\r\n');
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text = encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : encoding === 'quoted-printable' ? qp(body) : body;
  return { subject, text };
}

beforeAll(async () => {
  testApp = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
  smtp = await startMailbox(mails);
  smtpPort = smtp.port;
});
afterAll(async () => {
  await smtp?.close();
  await testApp?.close();
});

/** An organisation open round the clock with short normal-priority targets, its mail going to the test server. */
async function orgWithTeam(options: { smtpPort?: number } = {}) {
  const org = await createTestOrg(testApp);
  const owner = await org.as('owner');
  const settings = await owner.put('/api/v1/case-settings', {
    timezone: 'UTC',
    business_hours: roundTheClock,
    holidays: [],
    warn_at_percent: 80,
    sla: { normal: { first_response_minutes: 60, resolution_minutes: 120 } },
  });
  expect(settings.statusCode).toBe(200);
  const mail = await owner.put('/api/v1/survey-settings', {
    public_url: 'http://voc.test',
    smtp: { host: '127.0.0.1', port: options.smtpPort ?? smtpPort, secure: false, from: 'OpenVoC <voc@example.com>' },
  });
  expect(mail.statusCode).toBe(200);
  const lead = await addPerson(testApp.pool, org.orgId, 'Lead Li', 'agent', 'zh-CN');
  const agent = await addPerson(testApp.pool, org.orgId, 'Agent Wang', 'agent', 'en');
  const teamId = await addTeam(testApp.pool, org.orgId, 'Care', [lead, agent], [lead]);
  return { org, owner, lead, agent, teamId };
}

describe('the SLA timer job in a real worker', () => {
  let setup: Awaited<ReturnType<typeof orgWithTeam>>;
  let caseId: string;

  beforeAll(async () => {
    setup = await orgWithTeam();
    // Opened 100 minutes ago: first response (60) is overdue (its warning was sent back then), resolution (120)
    // is past its warning moment (96) but not due.
    caseId = await insertCase(testApp.pool, setup.org.orgId, { createdAt: minutesAgo(100), teamId: setup.teamId, assigneeId: setup.agent.id, title: 'Parcel lost' });
    await testApp.pool.query(`UPDATE cases SET first_response_warned_at = $2 WHERE id = $1`, [caseId, minutesAgo(52)]);
    await applySla(testApp.pool, setup.org.orgId, caseId);
  });

  it('breaches the first response and escalates to the team lead, and warns of the resolution deadline', async () => {
    const worker = await startWorker(testApp.pool, pino({ level: 'silent' }), { concurrency: 1 });
    try {
      await expect
        .poll(async () => (await caseEvents(testApp.pool, caseId)).map((event) => event.kind).sort(), { timeout: 30_000, interval: 250 })
        .toEqual(['escalated', 'sla_breached', 'sla_warning']);
      await expect.poll(() => mailsTo(setup.agent.email).length + mailsTo(setup.lead.email).length, { timeout: 20_000 }).toBe(2);
    } finally {
      await worker.stop();
    }
    const events = await caseEvents(testApp.pool, caseId);
    expect(events.every((event) => event.actor_id === null)).toBe(true);
    const clock = await caseClock(testApp.pool, caseId);
    expect(events.find((event) => event.kind === 'sla_warning')!.details).toEqual({ kind: 'resolution', due_at: clock.resolution_due_at!.toISOString() });
    expect(events.find((event) => event.kind === 'sla_breached')!.details).toEqual({ kind: 'first_response', due_at: clock.first_response_due_at!.toISOString() });
    expect(events.find((event) => event.kind === 'escalated')!.details).toEqual({ kind: 'first_response', to: [{ id: setup.lead.id, name: 'Lead Li' }] });
    expect(clock.first_response_warned_at).not.toBeNull();
    expect(clock.first_response_breached_at).not.toBeNull();
    expect(clock.resolution_warned_at).not.toBeNull();
    expect(clock.resolution_breached_at).toBeNull();
    expect(clock.escalated_at).toEqual(clock.first_response_breached_at);
  }, 60_000);

  it('e-mails the warning to the assignee and the escalation to the lead, each in their language', async () => {
    const toAgent = mailsTo(setup.agent.email).map((mail) => readMail(mail.raw));
    expect(toAgent).toHaveLength(1);
    expect(toAgent[0]!.subject).toMatch(/^Case #\d+ is close to its resolution SLA$/);
    expect(toAgent[0]!.text).toContain('Parcel lost');
    expect(toAgent[0]!.text).toContain(`http://voc.test/cases/${caseId}`);
    const toLead = mailsTo(setup.lead.email).map((mail) => readMail(mail.raw));
    expect(toLead).toHaveLength(1);
    expect(toLead[0]!.subject).toMatch(/^案例 #\d+ 已超出首次响应 SLA，已升级$/);
    expect(toLead[0]!.text).toContain('已升级给团队负责人');
    expect(toLead[0]!.text).toContain(`http://voc.test/cases/${caseId}`);
  });

  it('breaches the resolution clock at its due moment, keeping the first escalation moment', async () => {
    const before = await caseClock(testApp.pool, caseId);
    const due = before.resolution_due_at!;
    const early = await checkSlaTimer(testApp.pool, { orgId: setup.org.orgId, caseId, clock: 'resolution', stage: 'due' }, { now: new Date(due.getTime() - 1000) });
    expect(early.result).toBe('not_yet');
    const now = new Date(due.getTime() + 60_000);
    const outcome = await checkSlaTimer(testApp.pool, { orgId: setup.org.orgId, caseId, clock: 'resolution', stage: 'due' }, { now });
    expect(outcome).toEqual({ result: 'breached', delivery: { sent: 1, failed: 0, skipped: false } });
    const after = await caseClock(testApp.pool, caseId);
    expect(after.resolution_breached_at).toEqual(now);
    expect(after.escalated_at).toEqual(before.escalated_at);
    // Running the same timer again changes nothing.
    const again = await checkSlaTimer(testApp.pool, { orgId: setup.org.orgId, caseId, clock: 'resolution', stage: 'due' }, { now });
    expect(again.result).toBe('nothing');
    expect((await caseEvents(testApp.pool, caseId)).filter((event) => event.kind === 'escalated')).toHaveLength(2);
  });
});

describe('SLA timers checked at a fixed moment', () => {
  let setup: Awaited<ReturnType<typeof orgWithTeam>>;
  const timer = (caseId: string, clock: 'first_response' | 'resolution', stage: 'warn' | 'due', now: Date) =>
    checkSlaTimer(testApp.pool, { orgId: setup.org.orgId, caseId, clock, stage }, { now });

  beforeAll(async () => {
    setup = await orgWithTeam();
  });

  it('does nothing once the customer was answered, or the case resolved', async () => {
    const created = new Date('2026-01-05T08:00:00Z');
    const later = new Date('2026-01-06T08:00:00Z');
    const answered = await insertCase(testApp.pool, setup.org.orgId, { createdAt: created, teamId: setup.teamId });
    await applySla(testApp.pool, setup.org.orgId, answered, { now: created });
    await testApp.pool.query(`UPDATE cases SET first_responded_at = $2 WHERE id = $1`, [answered, new Date('2026-01-05T08:10:00Z')]);
    expect((await timer(answered, 'first_response', 'warn', later)).result).toBe('nothing');
    expect((await timer(answered, 'first_response', 'due', later)).result).toBe('nothing');
    await testApp.pool.query(`UPDATE cases SET status = 'resolved', resolved_at = $2 WHERE id = $1`, [answered, new Date('2026-01-05T09:00:00Z')]);
    expect((await timer(answered, 'resolution', 'due', later)).result).toBe('nothing');
    expect(await caseEvents(testApp.pool, answered)).toEqual([]);
    expect(await caseClock(testApp.pool, answered)).toMatchObject({ first_response_breached_at: null, resolution_breached_at: null, escalated_at: null });
  });

  it('waits until the warning moment, and warns the team leads when nobody is assigned', async () => {
    const created = new Date('2026-01-05T08:00:00Z');
    const caseId = await insertCase(testApp.pool, setup.org.orgId, { createdAt: created, teamId: setup.teamId });
    await applySla(testApp.pool, setup.org.orgId, caseId, { now: created });
    // 80 % of 60 minutes: 08:48.
    expect((await timer(caseId, 'first_response', 'warn', new Date('2026-01-05T08:47:00Z'))).result).toBe('not_yet');
    const before = mailsTo(setup.lead.email).length;
    const warned = await timer(caseId, 'first_response', 'warn', new Date('2026-01-05T08:48:00Z'));
    expect(warned).toEqual({ result: 'warned', delivery: { sent: 1, failed: 0, skipped: false } });
    expect(mailsTo(setup.lead.email)).toHaveLength(before + 1);
    expect((await timer(caseId, 'first_response', 'warn', new Date('2026-01-05T08:49:00Z'))).result).toBe('nothing');
    expect((await caseEvents(testApp.pool, caseId)).map((event) => event.kind)).toEqual(['sla_warning']);
  });

  it('escalates to owners and admins when the case has no team', async () => {
    const created = new Date('2026-01-05T08:00:00Z');
    const caseId = await insertCase(testApp.pool, setup.org.orgId, { createdAt: created, status: 'new' });
    await applySla(testApp.pool, setup.org.orgId, caseId, { now: created });
    expect((await timer(caseId, 'first_response', 'due', new Date('2026-01-05T09:00:00Z'))).result).toBe('breached');
    const escalated = (await caseEvents(testApp.pool, caseId)).find((event) => event.kind === 'escalated')!;
    expect(escalated.details.to).toEqual([{ id: expect.any(String), name: 'Owner' }]);
  });

  it('stamps the breach even when the mail server is down', async () => {
    const broken = await orgWithTeam({ smtpPort: 1 });
    const created = new Date('2026-01-05T08:00:00Z');
    const caseId = await insertCase(testApp.pool, broken.org.orgId, { createdAt: created, teamId: broken.teamId });
    await applySla(testApp.pool, broken.org.orgId, caseId, { now: created });
    const outcome = await checkSlaTimer(testApp.pool, { orgId: broken.org.orgId, caseId, clock: 'first_response', stage: 'due' }, { now: new Date('2026-01-05T09:30:00Z') });
    expect(outcome).toEqual({ result: 'breached', delivery: { sent: 0, failed: 1, skipped: false } });
    expect((await caseClock(testApp.pool, caseId)).first_response_breached_at).toEqual(new Date('2026-01-05T09:30:00Z'));
  });

  it('the sweep breaches cases whose timers were missed, once', async () => {
    const sweeper = await orgWithTeam();
    const created = new Date('2026-01-05T08:00:00Z');
    const caseId = await insertCase(testApp.pool, sweeper.org.orgId, { createdAt: created, teamId: sweeper.teamId });
    // Due moments set, but no timer ever ran (the worker was down and its jobs lost).
    await testApp.pool.query(`UPDATE cases SET first_response_due_at = '2026-01-05T09:00:00Z', resolution_due_at = '2026-01-05T10:00:00Z' WHERE id = $1`, [caseId]);
    const now = new Date('2026-01-05T09:30:00Z');
    const first = await sweepSlaTimers(testApp.pool, { now });
    expect(first.breached).toBeGreaterThanOrEqual(1);
    expect(await caseClock(testApp.pool, caseId)).toMatchObject({ first_response_breached_at: now, resolution_breached_at: null });
    await sweepSlaTimers(testApp.pool, { now });
    expect((await caseEvents(testApp.pool, caseId)).filter((event) => event.kind === 'sla_breached')).toHaveLength(1);
  });

  it('the sweep warns cases whose warning timers were missed, once, and leaves past-due clocks to the breach', async () => {
    const sweeper = await orgWithTeam();
    const created = new Date('2026-01-05T08:00:00Z');
    const caseId = await insertCase(testApp.pool, sweeper.org.orgId, { createdAt: created, teamId: sweeper.teamId });
    await applySla(testApp.pool, sweeper.org.orgId, caseId, { now: created });
    const { rows } = await testApp.pool.query(`SELECT first_response_warn_at AS "warnAt", first_response_due_at AS "dueAt" FROM cases WHERE id = $1`, [caseId]);
    const { warnAt, dueAt } = rows[0] as { warnAt: Date; dueAt: Date };
    expect(warnAt.getTime()).toBeGreaterThan(created.getTime());
    expect(warnAt.getTime()).toBeLessThan(dueAt.getTime());
    // Between the two moments, with the warning timer lost: the sweep warns.
    const now = new Date((warnAt.getTime() + dueAt.getTime()) / 2);
    const first = await sweepSlaTimers(testApp.pool, { now });
    expect(first.warned).toBeGreaterThanOrEqual(1);
    expect(await caseClock(testApp.pool, caseId)).toMatchObject({ first_response_warned_at: now, first_response_breached_at: null });
    await sweepSlaTimers(testApp.pool, { now });
    expect((await caseEvents(testApp.pool, caseId)).filter((event) => event.kind === 'sla_warning')).toHaveLength(1);

    // Past the due moment a lost warning says nothing new: the sweep breaches instead.
    const late = await insertCase(testApp.pool, sweeper.org.orgId, { createdAt: created, teamId: sweeper.teamId });
    await applySla(testApp.pool, sweeper.org.orgId, late, { now: created });
    const afterDue = new Date(dueAt.getTime() + 60_000);
    await sweepSlaTimers(testApp.pool, { now: afterDue });
    const firstResponse = (await caseEvents(testApp.pool, late)).filter((event) => event.details.kind === 'first_response').map((event) => event.kind);
    expect(firstResponse).toContain('sla_breached');
    expect(firstResponse).not.toContain('sla_warning');
  });
});
