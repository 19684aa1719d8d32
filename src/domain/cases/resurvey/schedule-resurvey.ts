// Once a case is resolved, asks the customer (after a delay) whether it really is: the re-survey closes
// the loop. Called by the status change inside its transaction; the job checks again when it runs.
import type { Tx } from '../../../db/pool.ts';
import { enqueueJob } from '../../../jobs/enqueue-job.ts';
import { loadCaseSettings } from '../case-settings.ts';
import { findCase } from '../cases.repo.ts';
import { findCustomerContacts } from '../replies/case-replies.repo.ts';
import { resurveyJobKey, SEND_RESURVEY_JOB } from './resurvey.schema.ts';

/** True when a re-survey was queued: a survey is chosen, none was sent yet, and the customer can be reached. */
export async function scheduleResurvey(tx: Tx, orgId: string, caseId: string): Promise<boolean> {
  const settings = await loadCaseSettings(tx, orgId);
  if (!settings.resurveySurveyId) return false;
  const found = await findCase(tx, orgId, caseId);
  if (!found?.customerId || found.resurveyInvitationId) return false;
  const contacts = await findCustomerContacts(tx, orgId, found.customerId);
  if (!contacts.email && !contacts.phone) return false;
  const runAt = new Date(Date.now() + settings.resurveyDelayHours * 3_600_000);
  return enqueueJob(tx, SEND_RESURVEY_JOB, { orgId, caseId }, { runAt, jobKey: resurveyJobKey(caseId) });
}
