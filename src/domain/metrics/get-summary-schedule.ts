// The organisation's summary e-mail settings for the admin page (disabled defaults until first saved).
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canManageSummarySchedule } from './metrics.policy.ts';
import { findSummarySchedule, type SummaryScheduleRow } from './metrics.repo.ts';

export const DEFAULT_SUMMARY_SCHEDULE: SummaryScheduleRow = { enabled: false, frequency: 'weekly', recipients: [], language: 'en', lastSentAt: null, lastPeriodTo: null };

export async function getSummarySchedule(db: Db, actor: Actor): Promise<SummaryScheduleRow> {
  authorize(canManageSummarySchedule(actor), 'manage the summary e-mail');
  return (await findSummarySchedule(db, actor.orgId)) ?? DEFAULT_SUMMARY_SCHEDULE;
}
