// The sending job's work: sends the next batch of a distribution's invitations (or its reminders),
// skipping and counting opted-out recipients; the job re-queues itself while invitations remain, spaced
// so that no more than `per_minute` leave per minute (the throttle). When the mail server or SMS gateway
// is down, the batch stops, what was sent stays sent, and the rest waits for the next run.
import { inTransaction, type Db } from '../../db/pool.ts';
import { enqueueJob } from '../../jobs/enqueue-job.ts';
import { composeInvitation } from './compose-invitation.ts';
import { invitationToken } from './create-survey-link.ts';
import { claimPendingInvitations, claimReminderInvitations, findDistribution, findOptedOut, setInvitationOutcome } from './distribution.repo.ts';
import { isTransientDeliveryError, smsMessenger, smtpMessenger } from './survey-messengers.ts';
import { availabilityOf } from './survey-availability.ts';
import { loadSurveySettings } from './survey-settings.ts';
import { textOf } from './survey-flow.ts';
import { findSurvey } from './surveys.repo.ts';

export interface DeliveryReport {
  sent: number;
  optedOut: number;
  failed: number;
  remaining: boolean;
}

// Bounds one run's transaction; a higher per-minute rate is reached by running sooner, not by larger batches.
const MAX_BATCH = 200;
const RETRY_AFTER_OUTAGE_MS = 60_000;

export async function deliverInvitations(db: Db, orgId: string, distributionId: string, kind: 'invitation' | 'reminder' = 'invitation'): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, optedOut: 0, failed: 0, remaining: false };
  const distribution = await findDistribution(db, orgId, distributionId);
  const survey = distribution && (await findSurvey(db, orgId, distribution.surveyId));
  if (!distribution || !survey) return report;
  // Reminding people of a survey that no longer takes answers would only annoy them.
  if (kind === 'reminder' && availabilityOf(survey) === 'closed') return report;
  const settings = await loadSurveySettings(db, orgId);
  const transportSettings = distribution.channel === 'email' ? settings.smtp : settings.sms;
  if (!transportSettings || !settings.publicUrl) return report;
  const messenger = distribution.channel === 'email' ? smtpMessenger(settings.smtp!) : smsMessenger(settings.sms!);
  const base = settings.publicUrl;
  const lang = distribution.lang;
  try {
    await inTransaction(db, async (tx) => {
      const claim = kind === 'invitation' ? claimPendingInvitations : claimReminderInvitations;
      const size = Math.min(distribution.perMinute, MAX_BATCH);
      const batch = await claim(tx, orgId, distributionId, size + 1);
      report.remaining = batch.length > size;
      const invitations = batch.slice(0, size);
      let nextRunMs = (size / distribution.perMinute) * 60_000;
      const optedOut = await findOptedOut(tx, orgId, invitations.map((invitation) => invitation.address));
      for (const invitation of invitations) {
        if (optedOut.has(invitation.address)) {
          // A reminder leaves the invitation counted as sent; it is only marked so it is not reminded again.
          await setInvitationOutcome(tx, orgId, invitation.id, kind === 'invitation' ? { status: 'opted_out' } : { status: 'sent', reminder: true });
          report.optedOut += 1;
          continue;
        }
        const token = invitationToken(settings.signingKey, survey.id, distribution.channel, invitation.id, invitation.identifiers);
        const message = composeInvitation({
          to: invitation.address,
          channel: distribution.channel,
          subject: kind === 'reminder' ? `${lang === 'zh-CN' ? '提醒：' : 'Reminder: '}${distribution.subject}` : distribution.subject,
          template: distribution.template,
          surveyName: textOf(survey.definition.title, lang) || survey.name,
          name: invitation.identifiers.name ?? '',
          link: `${base}/s/${token}?lang=${lang}`,
          optOutLink: `${base}/o/${token}?lang=${lang}`,
          pixelLink: `${base}/p/${token}.gif`,
        });
        try {
          await messenger.send(message);
          await setInvitationOutcome(tx, orgId, invitation.id, { status: 'sent', reminder: kind === 'reminder' });
          report.sent += 1;
        } catch (error) {
          if (isTransientDeliveryError(error)) {
            report.remaining = true;
            nextRunMs = RETRY_AFTER_OUTAGE_MS;
            break;
          }
          const reason = String((error as Error).message).slice(0, 500);
          await setInvitationOutcome(tx, orgId, invitation.id, kind === 'invitation' ? { status: 'failed', error: reason } : { status: 'sent', reminder: true });
          report.failed += 1;
        }
      }
      if (report.remaining) {
        const job = kind === 'invitation' ? 'surveys:send_invitations' : 'surveys:send_reminders';
        await enqueueJob(tx, job, { orgId, distributionId }, { runAt: new Date(Date.now() + nextRunMs), jobKey: `${job}:${distributionId}` });
      }
    });
  } finally {
    messenger.close();
  }
  return report;
}
