// Sends the organisation's summary e-mail for the last full day or week (UTC) to the recipients an
// admin configured, over the organisation's SMTP server (the one surveys and alerts use). Called by
// the "send now" button and, per organisation, by the scheduled job.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { listAlerts } from '../alerts/list-alerts.ts';
import { authorize } from '../authorize.ts';
import { isTransientDeliveryError, smtpMessenger } from '../surveys/survey-messengers.ts';
import { loadSurveySettings } from '../surveys/survey-settings.ts';
import { getJourneyMap } from './get-journey-map.ts';
import { getOverview } from './get-overview.ts';
import { canManageSummarySchedule } from './metrics.policy.ts';
import { findSummarySchedule, recordSummarySent } from './metrics.repo.ts';
import { renderSummaryEmail } from './summary-email.ts';

// The alert inbox lists at most this many; beyond it the e-mail says "200+".
const ALERTS_COUNTED = 200;
const DAY_MS = 86_400_000;

export interface SentSummary {
  recipients: number;
  period: { from: string; to: string };
  /** False when a scheduled send found that this period was already mailed (a retried job). */
  sent: boolean;
}

/** The last full UTC day, or the seven full UTC days, before `now`. */
export function summaryPeriod(frequency: 'daily' | 'weekly', now: Date): { from: string; to: string } {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const to = new Date(today - DAY_MS);
  const from = new Date(to.getTime() - (frequency === 'weekly' ? 6 : 0) * DAY_MS);
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

export async function sendSummaryEmail(db: Db, actor: Actor, options: { scheduled?: 'daily' | 'weekly'; now?: Date } = {}): Promise<SentSummary> {
  authorize(canManageSummarySchedule(actor), 'send the summary e-mail');
  const now = options.now ?? new Date();
  const schedule = await findSummarySchedule(db, actor.orgId);
  if (!schedule || schedule.recipients.length === 0) throw new AppError('summary_not_deliverable', 'Add at least one recipient to the summary e-mail first.');
  const frequency = options.scheduled ?? schedule.frequency;
  const period = summaryPeriod(frequency, now);
  // A scheduled run for a schedule changed or already served since it was enqueued does nothing.
  if (options.scheduled && (!schedule.enabled || schedule.frequency !== options.scheduled || (schedule.lastPeriodTo !== null && schedule.lastPeriodTo >= period.to))) {
    return { recipients: 0, period, sent: false };
  }
  const settings = await loadSurveySettings(db, actor.orgId);
  if (!settings.smtp) throw new AppError('summary_not_deliverable', 'No SMTP server is configured (Surveys → delivery settings).');
  const filter = { ...period, grain: 'day' };
  const [overview, journeyMap, alerts] = await Promise.all([
    getOverview(db, actor, filter, now),
    getJourneyMap(db, actor, filter, now),
    listAlerts(db, actor, { status: 'open', limit: ALERTS_COUNTED }),
  ]);
  const message = renderSummaryEmail(
    { frequency, overview, breakpoints: journeyMap.breakpoints, openAlerts: { count: alerts.length, more: alerts.length >= ALERTS_COUNTED }, publicUrl: settings.publicUrl },
    schedule.language,
  );
  const messenger = smtpMessenger(settings.smtp);
  try {
    // One message to every recipient: a retry after a failure never mails some of them twice.
    await messenger.send({ to: schedule.recipients.join(', '), ...message });
  } catch (error) {
    // A scheduled job rethrows transient failures so the worker retries later; "send now" reports.
    if (options.scheduled && isTransientDeliveryError(error)) throw error;
    throw new AppError('summary_not_deliverable', `The SMTP server did not accept the summary: ${(error as Error).message}`.slice(0, 500));
  } finally {
    messenger.close();
  }
  await recordSummarySent(db, actor.orgId, now, options.scheduled ? period.to : null);
  return { recipients: schedule.recipients.length, period, sent: true };
}
