// SQL of the feedback items the case page shows beside the case (the same shape as the feedback inbox).
import type { Db } from '../../db/pool.ts';
import type { FeedbackRow } from '../feedback/feedback.repo.ts';

export async function listCaseFeedback(db: Db, orgId: string, caseId: string): Promise<FeedbackRow[]> {
  const result = await db.query<FeedbackRow>(
    `SELECT f.id, f.source, f.channel, f.touchpoint_id AS "touchpointId", t.stage_id AS "stageId", s.journey_id AS "journeyId",
            f.customer_id AS "customerId", f.external_id AS "externalId", f.occurred_at AS "occurredAt", f.received_at AS "receivedAt",
            f.nps, f.csat, f.ces, f.stars, f.text, f.text_redacted AS "textRedacted", f.lang,
            f.sentiment_label AS "sentimentLabel", f.sentiment_score AS "sentimentScore", f.themes,
            f.mentioned_channels AS "mentionedChannels", f.breakpoint_from AS "breakpointFrom", f.breakpoint_to AS "breakpointTo",
            f.analysis_version AS "analysisVersion", f.analysis, f.identifiers, f.metadata
       FROM case_feedback cf
       JOIN feedback f ON f.org_id = cf.org_id AND f.id = cf.feedback_id
       LEFT JOIN touchpoints t ON t.org_id = f.org_id AND t.id = f.touchpoint_id
       LEFT JOIN stages s ON s.org_id = t.org_id AND s.id = t.stage_id
      WHERE cf.org_id = $1 AND cf.case_id = $2
      ORDER BY f.occurred_at, f.id`,
    [orgId, caseId],
  );
  return result.rows;
}
