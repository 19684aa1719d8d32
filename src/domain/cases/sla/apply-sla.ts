// Sets a case's SLA due moments from its priority and the organisation's business hours, and schedules
// its warning and breach timers; called when a case opens, changes priority or is reopened, and when
// the settings change. Timers carry a key per case, clock and stage, so re-applying replaces them.
import { addJob } from '../../../db/job-queue.ts';
import { inTransaction, type Db } from '../../../db/pool.ts';
import { loadCaseSettings } from '../case-settings.ts';
import { findCase, lockCase } from '../cases.repo.ts';
import { calendarOf, clockStart, isClockRunning, slaMoments, type SlaMoments } from './sla-clock.ts';
import { updateSlaClocks, type SlaClockState } from './sla.repo.ts';
import { SLA_TIMER_JOB, slaTimerJobKey, type SlaClock, type SlaStage } from './sla.schema.ts';

export interface ApplySlaOptions {
  /** The present moment (tests pass a fixed one). */
  now?: Date;
}

export async function applySla(db: Db, orgId: string, caseId: string, options: ApplySlaOptions = {}): Promise<void> {
  const now = options.now ?? new Date();
  await inTransaction(db, async (tx) => {
    if (!(await lockCase(tx, orgId, caseId))) return;
    const row = (await findCase(tx, orgId, caseId))!;
    if (!isClockRunning(row, 'resolution')) return;
    const settings = await loadCaseSettings(tx, orgId);
    const calendar = calendarOf(settings);
    const target = settings.sla[row.priority];
    const state: SlaClockState = {
      firstResponseDueAt: row.firstResponseDueAt,
      resolutionDueAt: row.resolutionDueAt,
      firstResponseWarnAt: null,
      resolutionWarnAt: null,
      firstResponseWarnedAt: row.firstResponseWarnedAt,
      firstResponseBreachedAt: row.firstResponseBreachedAt,
      resolutionWarnedAt: row.resolutionWarnedAt,
      resolutionBreachedAt: row.resolutionBreachedAt,
    };
    const timers: Array<{ clock: SlaClock; stage: SlaStage; runAt: Date }> = [];
    // A stamp stays when its moment is still behind us under the new clock; otherwise the clock is fresh.
    const plan = (clock: SlaClock, moments: SlaMoments, warnedAt: Date | null, breachedAt: Date | null) => {
      const keepWarned = warnedAt !== null && moments.warnAt <= now;
      const keepBreached = breachedAt !== null && moments.dueAt <= now;
      if (!keepWarned && !keepBreached) timers.push({ clock, stage: 'warn', runAt: moments.warnAt });
      if (!keepBreached) timers.push({ clock, stage: 'due', runAt: moments.dueAt });
      return { warnedAt: keepWarned ? warnedAt : null, breachedAt: keepBreached ? breachedAt : null };
    };
    if (isClockRunning(row, 'first_response')) {
      const moments = slaMoments(calendar, row.createdAt, target.firstResponseMinutes, settings.warnAtPercent);
      const stamps = plan('first_response', moments, row.firstResponseWarnedAt, row.firstResponseBreachedAt);
      Object.assign(state, { firstResponseDueAt: moments.dueAt, firstResponseWarnAt: moments.warnAt, firstResponseWarnedAt: stamps.warnedAt, firstResponseBreachedAt: stamps.breachedAt });
    }
    const resolution = slaMoments(calendar, await clockStart(tx, row, 'resolution'), target.resolutionMinutes, settings.warnAtPercent);
    const stamps = plan('resolution', resolution, row.resolutionWarnedAt, row.resolutionBreachedAt);
    Object.assign(state, { resolutionDueAt: resolution.dueAt, resolutionWarnAt: resolution.warnAt, resolutionWarnedAt: stamps.warnedAt, resolutionBreachedAt: stamps.breachedAt });
    await updateSlaClocks(tx, orgId, caseId, state);
    for (const timer of timers) {
      await addJob(tx, SLA_TIMER_JOB, { orgId, caseId, clock: timer.clock, stage: timer.stage }, { runAt: timer.runAt, jobKey: slaTimerJobKey(caseId, timer.clock, timer.stage) });
    }
  });
}
