// SQL of what the case page shows beside the case: its feedback items (the same shape as the feedback
// inbox) and the replies sent to the customer (written by the replies module, read here).
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

export interface CaseReplyRow {
  id: string;
  channel: 'email' | 'sms' | 'wechat';
  address: string | null;
  subject: string;
  body: string;
  status: 'pending' | 'sent' | 'failed' | 'to_send';
  error: string | null;
  authorId: string | null;
  authorName: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export async function listCaseReplies(db: Db, orgId: string, caseId: string): Promise<CaseReplyRow[]> {
  const result = await db.query<CaseReplyRow>(
    `SELECT r.id, r.channel, r.address, r.subject, r.body, r.status, r.error, r.author_id AS "authorId", u.name AS "authorName",
            r.created_at AS "createdAt", r.sent_at AS "sentAt"
       FROM case_replies r LEFT JOIN users u ON u.org_id = r.org_id AND u.id = r.author_id
      WHERE r.org_id = $1 AND r.case_id = $2 ORDER BY r.created_at, r.id`,
    [orgId, caseId],
  );
  return result.rows;
}
