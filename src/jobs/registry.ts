// Every job OpenVoC knows. A job name not listed here is never enqueued and never run.
import type { JobDefinition } from './job-definition.ts';
import { purgeExpiredSessionsJob } from './definitions/purge-expired-sessions.job.ts';
import { purgeWebhookReplaysJob } from './definitions/purge-webhook-replays.job.ts';
import { runImportJob } from './definitions/run-import.job.ts';
import { sendSurveyInvitationsJob, sendSurveyRemindersJob } from './definitions/survey-invitations.job.ts';
import { reanalyseFeedbackJob } from './definitions/reanalyse-feedback.job.ts';
import { sendCaseReplyJob, sendResurveyJob } from './definitions/case-loop.job.ts';
import { caseSlaReapplyJob, caseSlaSweepJob, caseSlaTimerJob } from './definitions/cases-sla.job.ts';
import { dailySummaryJob, sendSummaryJob, weeklySummaryJob } from './definitions/metrics-summary.job.ts';
import { dailyDigestJob, deliverNotificationJob, evaluateAggregateAlertsJob, evaluateAlertItemsJob, recomputeChurnScoresJob, weeklyDigestJob } from './definitions/alerts.job.ts';

export const jobRegistry: ReadonlyArray<JobDefinition> = [
  purgeExpiredSessionsJob,
  sendSurveyInvitationsJob,
  sendSurveyRemindersJob,
  reanalyseFeedbackJob,
  evaluateAlertItemsJob,
  evaluateAggregateAlertsJob,
  deliverNotificationJob,
  dailyDigestJob,
  weeklyDigestJob,
  recomputeChurnScoresJob,
  runImportJob,
  purgeWebhookReplaysJob,
  dailySummaryJob,
  weeklySummaryJob,
  sendSummaryJob,
  sendCaseReplyJob,
  sendResurveyJob,
  caseSlaTimerJob,
  caseSlaSweepJob,
  caseSlaReapplyJob,
];

export function findJob(name: string): JobDefinition | undefined {
  return jobRegistry.find((job) => job.name === name);
}
