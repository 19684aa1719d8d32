// When a customer answers a case's re-survey, their answer joins the case: the agent sees whether the
// resolution held, and the service metrics can count it.
import type { Tx } from '../../../db/pool.ts';
import { insertCaseEvent, lockCase } from '../cases.repo.ts';
import { findCaseOfInvitation, findFeedbackRatings, linkResurveyFeedback } from './resurvey.repo.ts';

/** Returns the case the answer was linked to, if the invitation was a re-survey. */
export async function recordResurveyAnswer(tx: Tx, orgId: string, invitationId: string, feedbackId: string): Promise<string | undefined> {
  const caseId = await findCaseOfInvitation(tx, orgId, invitationId);
  if (!caseId || !(await lockCase(tx, orgId, caseId))) return undefined;
  await linkResurveyFeedback(tx, orgId, caseId, feedbackId);
  const ratings = await findFeedbackRatings(tx, orgId, feedbackId);
  const details: Record<string, unknown> = { feedback_id: feedbackId };
  if (ratings?.nps !== null && ratings?.nps !== undefined) details.nps = ratings.nps;
  if (ratings?.csat !== null && ratings?.csat !== undefined) details.csat = ratings.csat;
  await insertCaseEvent(tx, orgId, caseId, 'resurvey_received', null, details);
  return caseId;
}
