// The daily and weekly cron turn into one job per organisation due a summary, so one organisation's
// unreachable SMTP server is retried on its own and never delays or repeats anyone else's e-mail.
import { addJob } from '../../db/job-queue.ts';
import type { Db } from '../../db/pool.ts';
import { listDueSummarySchedules } from './metrics.repo.ts';
import { SEND_SUMMARY_JOB } from './metrics.schema.ts';
import { summaryPeriod } from './send-summary-email.ts';

export async function enqueueDueSummaries(db: Db, frequency: 'daily' | 'weekly', now = new Date()): Promise<{ enqueued: number }> {
  const period = summaryPeriod(frequency, now);
  const orgIds = await listDueSummarySchedules(db, frequency, period.to);
  for (const orgId of orgIds) {
    // The key makes a second cron run for the same period replace the pending job, not add one.
    await addJob(db, SEND_SUMMARY_JOB, { orgId, frequency }, { jobKey: `metrics-summary:${orgId}:${frequency}:${period.to}`, maxAttempts: 8 });
  }
  return { enqueued: orgIds.length };
}
