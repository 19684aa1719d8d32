// Starts sending a survey to a list of recipients: stores one invitation per (distinct) address and
// queues the throttled sending job and the reminder in the same transaction.
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import { enqueueJob } from '../../jobs/enqueue-job.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { createDistributionSchema, DEFAULT_TEMPLATES, normaliseAddress } from './distribution.schema.ts';
import { findDistribution, insertDistribution, type DistributionRow } from './distribution.repo.ts';
import { getSurvey } from './get-survey.ts';
import { loadSurveySettings } from './survey-settings.ts';
import { canManageSurveys } from './surveys.policy.ts';

/** `caseId`: a case's re-survey, so the customer's answer lands on that case. */
export async function createDistribution(db: Db, actor: Actor, surveyId: string, rawInput: unknown, options: { caseId?: string } = {}): Promise<DistributionRow> {
  authorize(canManageSurveys(actor), 'send surveys');
  const input = parseInput(createDistributionSchema, rawInput);
  const survey = await getSurvey(db, actor, surveyId);
  const settings = await loadSurveySettings(db, actor.orgId);
  if (survey.status !== 'open') throw new AppError('survey_not_deliverable', 'Open the survey before sending it.');
  if (!settings.publicUrl) throw new AppError('survey_not_deliverable', 'Set the public address of this OpenVoC in the survey delivery settings first.');
  if (input.channel === 'email' && !settings.smtp) throw new AppError('survey_not_deliverable', 'Configure SMTP in the survey delivery settings first.');
  if (input.channel === 'sms' && !settings.sms) throw new AppError('survey_not_deliverable', 'Configure the SMS webhook in the survey delivery settings first.');
  const defaults = DEFAULT_TEMPLATES[input.channel][input.lang];
  const recipients = input.recipients.map((recipient) => ({ address: normaliseAddress(input.channel, recipient.address)!, identifiers: withAddress(input.channel, recipient) }));
  return inTransaction(db, async (tx) => {
    const id = await insertDistribution(
      tx,
      actor.orgId,
      {
        surveyId: survey.id,
        channel: input.channel,
        subject: input.subject || defaults.subject,
        template: input.template || defaults.body,
        lang: input.lang,
        perMinute: input.per_minute,
        reminderAfterHours: input.reminder_after_hours ?? null,
      },
      recipients,
      options.caseId,
    );
    await enqueueJob(tx, 'surveys:send_invitations', { orgId: actor.orgId, distributionId: id });
    if (input.reminder_after_hours) {
      await enqueueJob(tx, 'surveys:send_reminders', { orgId: actor.orgId, distributionId: id }, { runAt: new Date(Date.now() + input.reminder_after_hours * 3_600_000) });
    }
    return (await findDistribution(tx, actor.orgId, id))!;
  });
}

// The address a survey was sent to identifies the customer too, so identity fusion can use it.
function withAddress(channel: 'email' | 'sms', recipient: { address: string; identifiers?: Partial<Record<string, string>> }): Record<string, string> {
  const identifiers = Object.fromEntries(Object.entries(recipient.identifiers ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const kind = channel === 'email' ? 'email' : 'phone';
  return { [kind]: normaliseAddress(channel, recipient.address)!, ...identifiers };
}
