// Runs one SLA timer of a case: at the warning moment it stamps the warning and tells the assignee (or the
// team leads when nobody is assigned); at the due moment it stamps the breach and escalates to the team
// leads. Idempotent: the case is re-read under lock, and a clock that stopped or was stamped does nothing.
import type { Logger } from 'pino';
import { addJob } from '../../../db/job-queue.ts';
import { inTransaction, type Db, type Tx } from '../../../db/pool.ts';
import { parseInput } from '../../parse-input.ts';
import { loadCaseSettings } from '../case-settings.ts';
import { findCase, insertCaseEvent, lockCase, type CaseRow } from '../cases.repo.ts';
import { sendSlaNotices, type SlaNoticeDelivery } from './notify-sla.ts';
import { calendarOf, clockStart, isClockRunning, warningMomentOf } from './sla-clock.ts';
import { findActiveUser, listOrgAdmins, listTeamLeads, stampSlaBreach, stampSlaWarning, type SlaRecipient } from './sla.repo.ts';
import { SLA_TIMER_JOB, slaTimerJobKey, slaTimerPayloadSchema, type SlaTimerPayload } from './sla.schema.ts';

export interface SlaTimerOutcome {
  result: 'warned' | 'breached' | 'not_yet' | 'nothing';
  delivery: SlaNoticeDelivery | null;
}

interface Stamped {
  result: 'warned' | 'breached';
  row: CaseRow;
  dueAt: Date;
  timezone: string;
  recipients: SlaRecipient[];
}

export async function checkSlaTimer(db: Db, rawPayload: SlaTimerPayload, options: { now?: Date; log?: Logger } = {}): Promise<SlaTimerOutcome> {
  const payload = parseInput(slaTimerPayloadSchema, rawPayload);
  const now = options.now ?? new Date();
  const stamped = await inTransaction(db, (tx) => stampTimer(tx, payload, now));
  if (stamped === 'nothing' || stamped === 'not_yet') return { result: stamped, delivery: null };
  const delivery = await sendSlaNotices(
    db,
    payload.orgId,
    {
      kind: stamped.result === 'warned' ? 'warning' : 'breach',
      clock: payload.clock,
      caseId: stamped.row.id,
      caseNumber: stamped.row.number,
      caseTitle: stamped.row.title,
      dueAt: stamped.dueAt,
      timezone: stamped.timezone,
    },
    stamped.recipients,
    options.log,
  );
  return { result: stamped.result, delivery };
}

async function stampTimer(tx: Tx, payload: SlaTimerPayload, now: Date): Promise<Stamped | 'nothing' | 'not_yet'> {
  const { orgId, caseId, clock, stage } = payload;
  if (!(await lockCase(tx, orgId, caseId))) return 'nothing';
  const row = (await findCase(tx, orgId, caseId))!;
  const dueAt = clock === 'first_response' ? row.firstResponseDueAt : row.resolutionDueAt;
  const warnedAt = clock === 'first_response' ? row.firstResponseWarnedAt : row.resolutionWarnedAt;
  const breachedAt = clock === 'first_response' ? row.firstResponseBreachedAt : row.resolutionBreachedAt;
  if (!isClockRunning(row, clock) || !dueAt || breachedAt) return 'nothing';
  const settings = await loadCaseSettings(tx, orgId);
  const details = { kind: clock, due_at: dueAt.toISOString() };

  if (stage === 'due') {
    // Early (clocks of worker and database differ, or the timer survived a change): try again on time.
    if (now < dueAt) return reschedule(tx, payload, dueAt);
    await stampSlaBreach(tx, orgId, caseId, clock, now);
    await insertCaseEvent(tx, orgId, caseId, 'sla_breached', null, details);
    const leads = await escalationRecipients(tx, row);
    await insertCaseEvent(tx, orgId, caseId, 'escalated', null, { kind: clock, to: leads.map(({ id, name }) => ({ id, name })) });
    return { result: 'breached', row, dueAt, timezone: settings.timezone, recipients: leads };
  }

  // Past the due moment a warning says nothing new: the due timer breaches.
  if (warnedAt || now >= dueAt) return 'nothing';
  const warnAt = warningMomentOf(calendarOf(settings), await clockStart(tx, row, clock), dueAt, settings.warnAtPercent);
  if (now < warnAt) return reschedule(tx, payload, warnAt);
  await stampSlaWarning(tx, orgId, caseId, clock, now);
  await insertCaseEvent(tx, orgId, caseId, 'sla_warning', null, details);
  const assignee = row.assigneeId ? await findActiveUser(tx, orgId, row.assigneeId) : undefined;
  return { result: 'warned', row, dueAt, timezone: settings.timezone, recipients: assignee ? [assignee] : await escalationRecipients(tx, row) };
}

async function reschedule(tx: Tx, payload: SlaTimerPayload, runAt: Date): Promise<'not_yet'> {
  await addJob(tx, SLA_TIMER_JOB, payload, { runAt, jobKey: slaTimerJobKey(payload.caseId, payload.clock, payload.stage) });
  return 'not_yet';
}

/** The team's leads; the organisation's owners and admins when the case has no team or the team no lead. */
async function escalationRecipients(tx: Tx, row: CaseRow): Promise<SlaRecipient[]> {
  const leads = row.teamId ? await listTeamLeads(tx, row.orgId, row.teamId) : [];
  return leads.length > 0 ? leads : listOrgAdmins(tx, row.orgId);
}
