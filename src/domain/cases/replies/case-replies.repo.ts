// All SQL of closing the loop: reply templates, replies to the customer, where to reach the customer,
// and the resolved cases suggested replies are drawn from.
import type { Db } from '../../../db/pool.ts';
import type { ReplyChannel, TemplateInput } from './case-replies.schema.ts';

export interface ReplyTemplateRow {
  id: string;
  name: string;
  channel: ReplyChannel | null;
  lang: 'en' | 'zh-CN';
  subject: string;
  body: string;
  createdAt: Date;
  updatedAt: Date;
}

const templateColumns = `id, name, channel, lang, subject, body, created_at AS "createdAt", updated_at AS "updatedAt"`;

export async function listTemplates(db: Db, orgId: string): Promise<ReplyTemplateRow[]> {
  const result = await db.query<ReplyTemplateRow>(`SELECT ${templateColumns} FROM reply_templates WHERE org_id = $1 ORDER BY lower(name), id`, [orgId]);
  return result.rows;
}

export async function findTemplate(db: Db, orgId: string, id: string): Promise<ReplyTemplateRow | undefined> {
  const result = await db.query<ReplyTemplateRow>(`SELECT ${templateColumns} FROM reply_templates WHERE org_id = $1 AND id = $2`, [orgId, id]);
  return result.rows[0];
}

export async function insertTemplate(db: Db, orgId: string, input: TemplateInput): Promise<ReplyTemplateRow> {
  const result = await db.query<ReplyTemplateRow>(
    `INSERT INTO reply_templates (org_id, name, channel, lang, subject, body) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${templateColumns}`,
    [orgId, input.name, input.channel, input.lang, input.subject, input.body],
  );
  return result.rows[0]!;
}

export async function updateTemplate(db: Db, orgId: string, id: string, input: TemplateInput): Promise<ReplyTemplateRow | undefined> {
  const result = await db.query<ReplyTemplateRow>(
    `UPDATE reply_templates SET name = $3, channel = $4, lang = $5, subject = $6, body = $7, updated_at = now()
      WHERE org_id = $1 AND id = $2 RETURNING ${templateColumns}`,
    [orgId, id, input.name, input.channel, input.lang, input.subject, input.body],
  );
  return result.rows[0];
}

export async function deleteTemplate(db: Db, orgId: string, id: string): Promise<boolean> {
  const result = await db.query(`DELETE FROM reply_templates WHERE org_id = $1 AND id = $2`, [orgId, id]);
  return result.rowCount === 1;
}

export type ReplyStatus = 'pending' | 'sent' | 'failed' | 'to_send';

export interface ReplyRow {
  id: string;
  caseId: string;
  channel: ReplyChannel;
  address: string | null;
  subject: string;
  body: string;
  templateId: string | null;
  status: ReplyStatus;
  error: string | null;
  authorId: string | null;
  authorName: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

const replySelect = `
  SELECT r.id, r.case_id AS "caseId", r.channel, r.address, r.subject, r.body, r.template_id AS "templateId", r.status, r.error,
         r.author_id AS "authorId", u.name AS "authorName", r.created_at AS "createdAt", r.sent_at AS "sentAt"
    FROM case_replies r LEFT JOIN users u ON u.org_id = r.org_id AND u.id = r.author_id`;

export async function findReply(db: Db, orgId: string, id: string): Promise<ReplyRow | undefined> {
  const result = await db.query<ReplyRow>(`${replySelect} WHERE r.org_id = $1 AND r.id = $2`, [orgId, id]);
  return result.rows[0];
}

export async function listReplies(db: Db, orgId: string, caseId: string): Promise<ReplyRow[]> {
  const result = await db.query<ReplyRow>(`${replySelect} WHERE r.org_id = $1 AND r.case_id = $2 ORDER BY r.created_at, r.id`, [orgId, caseId]);
  return result.rows;
}

export interface NewReply {
  caseId: string;
  channel: ReplyChannel;
  address: string | null;
  subject: string;
  body: string;
  templateId: string | null;
  status: 'pending' | 'to_send';
  authorId: string | null;
}

export async function insertReply(db: Db, orgId: string, reply: NewReply): Promise<string> {
  const result = await db.query<{ id: string }>(
    `INSERT INTO case_replies (org_id, case_id, channel, address, subject, body, template_id, status, author_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [orgId, reply.caseId, reply.channel, reply.address, reply.subject, reply.body, reply.templateId, reply.status, reply.authorId],
  );
  return result.rows[0]!.id;
}

/** A reply answers the customer: the first one stops the first-response clock, and the case is now being worked. */
export async function countReplyOnCase(db: Db, orgId: string, caseId: string): Promise<void> {
  await db.query(
    `UPDATE cases SET reply_count = reply_count + 1, first_responded_at = coalesce(first_responded_at, now()), updated_at = now(),
            status = CASE WHEN status IN ('new', 'assigned') THEN 'in_progress' ELSE status END
      WHERE org_id = $1 AND id = $2`,
    [orgId, caseId],
  );
}

/** Moves a reply on from where it is expected to be; false when it was not there (already sent, or failed). */
export async function setReplyOutcome(db: Db, orgId: string, id: string, from: ReplyStatus, outcome: { status: 'sent' } | { status: 'failed'; error: string }): Promise<boolean> {
  const result = await db.query(
    `UPDATE case_replies SET status = $4, error = $5, sent_at = CASE WHEN $4 = 'sent' THEN now() ELSE sent_at END
      WHERE org_id = $1 AND id = $2 AND status = $3`,
    [orgId, id, from, outcome.status, outcome.status === 'failed' ? outcome.error.slice(0, 1000) : null],
  );
  return result.rowCount === 1;
}

export async function findOrgName(db: Db, orgId: string): Promise<string> {
  const result = await db.query<{ name: string }>(`SELECT name FROM organisations WHERE id = $1`, [orgId]);
  return result.rows[0]?.name ?? '';
}

export async function findUserName(db: Db, orgId: string, userId: string): Promise<string> {
  const result = await db.query<{ name: string }>(`SELECT name FROM users WHERE org_id = $1 AND id = $2`, [orgId, userId]);
  return result.rows[0]?.name ?? '';
}

/**
 * The customer's most recently seen e-mail address and phone number, where known. A profile merged into
 * another since the case was opened has handed its identifiers to the live profile: they are read there.
 */
export async function findCustomerContacts(db: Db, orgId: string, customerId: string): Promise<{ email: string | null; phone: string | null }> {
  const result = await db.query<{ kind: 'email' | 'phone'; value: string }>(
    `WITH RECURSIVE chain AS (
       SELECT id, merged_into, 0 AS depth FROM customers WHERE org_id = $1 AND id = $2
       UNION ALL
       SELECT c.id, c.merged_into, chain.depth + 1 FROM customers c JOIN chain ON c.org_id = $1 AND c.id = chain.merged_into WHERE chain.depth < 50)
     SELECT DISTINCT ON (kind) kind, value FROM customer_identifiers
      WHERE org_id = $1 AND customer_id = (SELECT id FROM chain WHERE merged_into IS NULL LIMIT 1) AND kind IN ('email', 'phone')
      ORDER BY kind, first_seen_at DESC, created_at DESC`,
    [orgId, customerId],
  );
  const of = (kind: 'email' | 'phone') => result.rows.find((row) => row.kind === kind)?.value ?? null;
  return { email: of('email'), phone: of('phone') };
}

export interface CaseTermsRow {
  caseId: string;
  number: number;
  resolutionCode: string | null;
  terms: string[];
}

// The stored search terms of the feedback (taken from the redacted text, so no personal data).
const termsOfCase = `array(SELECT DISTINCT t FROM case_feedback cf JOIN feedback f ON f.org_id = cf.org_id AND f.id = cf.feedback_id,
                                 unnest(tsvector_to_array(coalesce(f.search, ''::tsvector))) t
                           WHERE cf.org_id = c.org_id AND cf.case_id = c.id)`;

export async function findCaseTerms(db: Db, orgId: string, caseId: string): Promise<string[]> {
  const result = await db.query<{ terms: string[] }>(`SELECT ${termsOfCase} AS terms FROM cases c WHERE c.org_id = $1 AND c.id = $2`, [orgId, caseId]);
  return result.rows[0]?.terms ?? [];
}

/** The latest resolved or closed cases that answered their customer: what suggestions are drawn from. */
export async function listAnsweredResolvedCases(db: Db, orgId: string, exceptCaseId: string, limit: number): Promise<CaseTermsRow[]> {
  const result = await db.query<CaseTermsRow>(
    `SELECT c.id AS "caseId", c.number, c.resolution_code AS "resolutionCode", ${termsOfCase} AS terms
       FROM cases c
      WHERE c.org_id = $1 AND c.id <> $2 AND c.status IN ('resolved', 'closed')
        AND EXISTS (SELECT 1 FROM case_replies r WHERE r.org_id = c.org_id AND r.case_id = c.id AND r.status = 'sent')
      ORDER BY c.resolved_at DESC NULLS LAST, c.id LIMIT $3`,
    [orgId, exceptCaseId, limit],
  );
  return result.rows;
}

export interface FirstReplyRow {
  caseId: string;
  body: string;
  templateBody: string | null;
  customerName: string | null;
}

/** Each case's first reply that reached the customer, with its template (if it still exists) and the customer's name. */
export async function findFirstSentReplies(db: Db, orgId: string, caseIds: string[]): Promise<FirstReplyRow[]> {
  const result = await db.query<FirstReplyRow>(
    `SELECT DISTINCT ON (r.case_id) r.case_id AS "caseId", r.body, t.body AS "templateBody", cu.display_name AS "customerName"
       FROM case_replies r
       JOIN cases c ON c.org_id = r.org_id AND c.id = r.case_id
       LEFT JOIN customers cu ON cu.org_id = c.org_id AND cu.id = c.customer_id
       LEFT JOIN reply_templates t ON t.org_id = r.org_id AND t.id = r.template_id
      WHERE r.org_id = $1 AND r.case_id = ANY($2::uuid[]) AND r.status = 'sent'
      ORDER BY r.case_id, r.created_at, r.id`,
    [orgId, caseIds],
  );
  return result.rows;
}
