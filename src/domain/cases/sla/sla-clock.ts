// The two SLA clocks of a case: when each starts, whether it still runs, and its warning and due moments.
import type { Db } from '../../../db/pool.ts';
import type { CaseSettings } from '../case-settings.ts';
import type { CaseRow } from '../cases.repo.ts';
import { addBusinessMinutes, businessMinutesBetween, type BusinessCalendar } from './business-time.ts';
import { findLatestReopenAt } from './sla.repo.ts';
import type { SlaClock } from './sla.schema.ts';

export function calendarOf(settings: CaseSettings): BusinessCalendar {
  return { timezone: settings.timezone, businessHours: settings.businessHours, holidays: settings.holidays };
}

/** First response runs until the first reply; resolution until the case is resolved or closed. */
export function isClockRunning(row: CaseRow, clock: SlaClock): boolean {
  if (row.status === 'resolved' || row.status === 'closed') return false;
  return clock === 'resolution' || row.firstRespondedAt === null;
}

/** First response counts from the opening; resolution from the opening, or from the latest reopen. */
export async function clockStart(db: Db, row: CaseRow, clock: SlaClock): Promise<Date> {
  if (clock === 'first_response' || row.reopenCount === 0) return row.createdAt;
  return (await findLatestReopenAt(db, row.orgId, row.id)) ?? row.createdAt;
}

export interface SlaMoments {
  warnAt: Date;
  dueAt: Date;
}

/** Due after `minutes` of business time; warned at `warnAtPercent` of that business time. */
export function slaMoments(calendar: BusinessCalendar, start: Date, minutes: number, warnAtPercent: number): SlaMoments {
  return { warnAt: addBusinessMinutes(calendar, start, (minutes * warnAtPercent) / 100), dueAt: addBusinessMinutes(calendar, start, minutes) };
}

/** The warning moment of a stored due moment: the same share of the business time between start and due. */
export function warningMomentOf(calendar: BusinessCalendar, start: Date, dueAt: Date, warnAtPercent: number): Date {
  return addBusinessMinutes(calendar, start, (businessMinutesBetween(calendar, start, dueAt) * warnAtPercent) / 100);
}
