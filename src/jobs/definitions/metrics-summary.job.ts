// The scheduled summary e-mail: daily and weekly crons find the organisations due one, and a job per
// organisation sends it (retried with backoff while its SMTP server is unreachable).
import { z } from 'zod';
import { systemActor } from '../../domain/actor.ts';
import { enqueueDueSummaries } from '../../domain/metrics/enqueue-due-summaries.ts';
import { SEND_SUMMARY_JOB, sendSummaryPayloadSchema } from '../../domain/metrics/metrics.schema.ts';
import { sendSummaryEmail } from '../../domain/metrics/send-summary-email.ts';
import { isAppError } from '../../errors.ts';
import { defineJob } from '../job-definition.ts';

export const dailySummaryJob = defineJob({
  name: 'metrics:summary_daily',
  payload: z.unknown(),
  schedule: '0 7 * * *',
  handler: async (_payload, { db, log }) => {
    const result = await enqueueDueSummaries(db, 'daily');
    if (result.enqueued > 0) log.info(result, 'daily summary e-mails enqueued');
  },
});

export const weeklySummaryJob = defineJob({
  name: 'metrics:summary_weekly',
  payload: z.unknown(),
  schedule: '0 7 * * 1',
  handler: async (_payload, { db, log }) => {
    const result = await enqueueDueSummaries(db, 'weekly');
    if (result.enqueued > 0) log.info(result, 'weekly summary e-mails enqueued');
  },
});

export const sendSummaryJob = defineJob({
  name: SEND_SUMMARY_JOB,
  payload: sendSummaryPayloadSchema,
  handler: async ({ orgId, frequency }, { db, log }) => {
    try {
      const result = await sendSummaryEmail(db, systemActor(orgId), { scheduled: frequency });
      if (result.sent) log.info({ orgId, frequency, recipients: result.recipients, period: result.period }, 'summary e-mail sent');
    } catch (error) {
      // Missing SMTP settings or a refused message will not fix themselves by retrying.
      if (isAppError(error) && error.code === 'summary_not_deliverable') return void log.warn({ orgId, frequency, reason: error.message }, 'summary e-mail not sent');
      throw error;
    }
  },
});
