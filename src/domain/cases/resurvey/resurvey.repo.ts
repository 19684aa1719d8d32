// All SQL of re-surveys: the case's invitation, and the customer's answer landing on the case.
import type { Db } from '../../../db/pool.ts';

export async function findInvitationOfDistribution(db: Db, orgId: string, distributionId: string): Promise<string | undefined> {
  const result = await db.query<{ id: string }>(`SELECT id FROM survey_invitations WHERE org_id = $1 AND distribution_id = $2 ORDER BY id LIMIT 1`, [orgId, distributionId]);
  return result.rows[0]?.id;
}

export async function setResurveyInvitation(db: Db, orgId: string, caseId: string, invitationId: string): Promise<void> {
  await db.query(`UPDATE cases SET resurvey_invitation_id = $3, updated_at = now() WHERE org_id = $1 AND id = $2`, [orgId, caseId, invitationId]);
}

export async function findCaseOfInvitation(db: Db, orgId: string, invitationId: string): Promise<string | undefined> {
  const result = await db.query<{ caseId: string }>(
    `SELECT i.case_id AS "caseId" FROM survey_invitations i JOIN cases c ON c.org_id = i.org_id AND c.id = i.case_id
      WHERE i.org_id = $1 AND i.id = $2`,
    [orgId, invitationId],
  );
  return result.rows[0]?.caseId;
}

/** Links the answer to the case (unless it already belongs to one) and remembers it as the re-survey's answer. */
export async function linkResurveyFeedback(db: Db, orgId: string, caseId: string, feedbackId: string): Promise<void> {
  await db.query(`INSERT INTO case_feedback (org_id, case_id, feedback_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [orgId, caseId, feedbackId]);
  await db.query(`UPDATE cases SET resurvey_feedback_id = $3, updated_at = now() WHERE org_id = $1 AND id = $2`, [orgId, caseId, feedbackId]);
}

export async function findFeedbackRatings(db: Db, orgId: string, feedbackId: string): Promise<{ nps: number | null; csat: number | null } | undefined> {
  const result = await db.query<{ nps: number | null; csat: number | null }>(`SELECT nps, csat FROM feedback WHERE org_id = $1 AND id = $2`, [orgId, feedbackId]);
  return result.rows[0];
}
