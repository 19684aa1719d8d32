// All SQL of surveys, their responses and the per-organisation survey settings.
import type { Db } from '../../db/pool.ts';
import type { Answers, SurveyDefinition } from './survey-flow.ts';

export type SurveyStatus = 'draft' | 'open' | 'closed';
export interface SurveyRow {
  id: string;
  orgId: string;
  name: string;
  touchpointId: string | null;
  status: SurveyStatus;
  opensAt: Date | null;
  closesAt: Date | null;
  definition: SurveyDefinition;
  createdAt: Date;
  updatedAt: Date;
  responseCount: number;
  completedCount: number;
}
export interface SurveyWrite {
  name: string;
  touchpointId: string | null;
  status: SurveyStatus;
  opensAt: string | null;
  closesAt: string | null;
  definition: SurveyDefinition;
}

const surveyColumns = `s.id, s.org_id AS "orgId", s.name, s.touchpoint_id AS "touchpointId", s.status, s.opens_at AS "opensAt",
  s.closes_at AS "closesAt", s.definition, s.created_at AS "createdAt", s.updated_at AS "updatedAt",
  (SELECT count(*)::int FROM survey_responses r WHERE r.org_id = s.org_id AND r.survey_id = s.id) AS "responseCount",
  (SELECT count(*)::int FROM survey_responses r WHERE r.org_id = s.org_id AND r.survey_id = s.id AND r.completed_at IS NOT NULL) AS "completedCount"`;

export async function listSurveys(db: Db, orgId: string): Promise<SurveyRow[]> {
  const result = await db.query<SurveyRow>(`SELECT ${surveyColumns} FROM surveys s WHERE s.org_id = $1 ORDER BY s.created_at DESC, s.id`, [orgId]);
  return result.rows;
}

export async function findSurvey(db: Db, orgId: string, id: string): Promise<SurveyRow | undefined> {
  const result = await db.query<SurveyRow>(`SELECT ${surveyColumns} FROM surveys s WHERE s.org_id = $1 AND s.id = $2`, [orgId, id]);
  return result.rows[0];
}

/** Respondent pages know only the survey id (from a link or the widget); the survey names its organisation. */
export async function findSurveyById(db: Db, id: string): Promise<SurveyRow | undefined> {
  const result = await db.query<SurveyRow>(`SELECT ${surveyColumns} FROM surveys s WHERE s.id = $1`, [id]);
  return result.rows[0];
}

export async function insertSurvey(db: Db, orgId: string, row: SurveyWrite): Promise<string> {
  const result = await db.query<{ id: string }>(
    `INSERT INTO surveys (org_id, name, touchpoint_id, status, opens_at, closes_at, definition) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [orgId, row.name, row.touchpointId, row.status, row.opensAt, row.closesAt, JSON.stringify(row.definition)],
  );
  return result.rows[0]!.id;
}

export async function updateSurvey(db: Db, orgId: string, id: string, row: SurveyWrite): Promise<void> {
  await db.query(
    `UPDATE surveys SET name = $3, touchpoint_id = $4, status = $5, opens_at = $6, closes_at = $7, definition = $8, updated_at = now()
      WHERE org_id = $1 AND id = $2`,
    [orgId, id, row.name, row.touchpointId, row.status, row.opensAt, row.closesAt, JSON.stringify(row.definition)],
  );
}

export async function deleteSurvey(db: Db, orgId: string, id: string): Promise<boolean> {
  const result = await db.query(`DELETE FROM surveys WHERE org_id = $1 AND id = $2`, [orgId, id]);
  return result.rowCount === 1;
}

export interface ResponseRow {
  id: string;
  surveyId: string;
  responseKey: string;
  personal: boolean;
  channel: string;
  lang: string;
  answers: Answers;
  identifiers: Record<string, string>;
  invitationId: string | null;
  feedbackId: string | null;
  startedAt: Date;
  completedAt: Date | null;
}

const responseColumns = `id, survey_id AS "surveyId", response_key AS "responseKey", personal, channel, lang, answers, identifiers,
  invitation_id AS "invitationId", feedback_id AS "feedbackId", started_at AS "startedAt", completed_at AS "completedAt"`;

/** Locks the response row, so two submissions of one response are applied one after the other. */
export async function findResponseForUpdate(db: Db, orgId: string, surveyId: string, responseKey: string): Promise<ResponseRow | undefined> {
  const result = await db.query<ResponseRow>(
    `SELECT ${responseColumns} FROM survey_responses WHERE org_id = $1 AND survey_id = $2 AND response_key = $3 FOR UPDATE`,
    [orgId, surveyId, responseKey],
  );
  return result.rows[0];
}

export async function findResponseByKey(db: Db, orgId: string, surveyId: string, responseKey: string): Promise<ResponseRow | undefined> {
  const result = await db.query<ResponseRow>(`SELECT ${responseColumns} FROM survey_responses WHERE org_id = $1 AND survey_id = $2 AND response_key = $3`, [
    orgId,
    surveyId,
    responseKey,
  ]);
  return result.rows[0];
}

export interface NewResponse {
  surveyId: string;
  responseKey: string;
  personal: boolean;
  channel: string;
  lang: string;
  identifiers: Record<string, string>;
  invitationId: string | null;
}

/** Inserts the response unless a concurrent request just did; either way the caller then locks it. */
export async function insertResponseIfAbsent(db: Db, orgId: string, row: NewResponse): Promise<void> {
  await db.query(
    `INSERT INTO survey_responses (org_id, survey_id, response_key, personal, channel, lang, identifiers, invitation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT ON CONSTRAINT survey_responses_key DO NOTHING`,
    [orgId, row.surveyId, row.responseKey, row.personal, row.channel, row.lang, JSON.stringify(row.identifiers), row.invitationId],
  );
}

export async function saveAnswers(db: Db, orgId: string, id: string, answers: Answers, lang: string, completed: boolean): Promise<void> {
  await db.query(
    `UPDATE survey_responses SET answers = $3, lang = $4, updated_at = now(), completed_at = CASE WHEN $5 THEN now() ELSE NULL END
      WHERE org_id = $1 AND id = $2`,
    [orgId, id, JSON.stringify(answers), lang, completed],
  );
}

export async function linkFeedback(db: Db, orgId: string, id: string, feedbackId: string): Promise<void> {
  await db.query(`UPDATE survey_responses SET feedback_id = $3 WHERE org_id = $1 AND id = $2`, [orgId, id, feedbackId]);
}

/**
 * Runs `work` inside a savepoint of the caller's transaction: when it fails, only its own writes are
 * undone and the transaction goes on (a completed response is kept even if its feedback item cannot be made).
 */
export async function withSavepoint<T>(tx: Db, work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  await tx.query('SAVEPOINT survey_feedback');
  try {
    const value = await work();
    await tx.query('RELEASE SAVEPOINT survey_feedback');
    return { ok: true, value };
  } catch (error) {
    await tx.query('ROLLBACK TO SAVEPOINT survey_feedback');
    return { ok: false, error };
  }
}

export async function listResponses(db: Db, orgId: string, surveyId: string, limit: number): Promise<ResponseRow[]> {
  const result = await db.query<ResponseRow>(
    `SELECT ${responseColumns} FROM survey_responses WHERE org_id = $1 AND survey_id = $2 ORDER BY started_at DESC, id LIMIT $3`,
    [orgId, surveyId, limit],
  );
  return result.rows;
}

export interface SurveySettingsRow {
  signingKey: string;
  publicUrl: string | null;
  smtp: SmtpSettings | null;
  sms: SmsSettings | null;
}
export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
}
export interface SmsSettings {
  url: string;
  headers: Record<string, string>;
  body_template: string;
}

/** The organisation's settings, creating its signing key on first use. */
export async function ensureSettings(db: Db, orgId: string, newKey: string): Promise<SurveySettingsRow> {
  await db.query(`INSERT INTO survey_settings (org_id, signing_key) VALUES ($1, $2) ON CONFLICT (org_id) DO NOTHING`, [orgId, newKey]);
  const result = await db.query<SurveySettingsRow>(
    `SELECT signing_key AS "signingKey", public_url AS "publicUrl", smtp, sms FROM survey_settings WHERE org_id = $1`,
    [orgId],
  );
  return result.rows[0]!;
}

export async function updateDeliverySettings(db: Db, orgId: string, row: { publicUrl: string | null; smtp: SmtpSettings | null; sms: SmsSettings | null }): Promise<void> {
  await db.query(`UPDATE survey_settings SET public_url = $2, smtp = $3, sms = $4, updated_at = now() WHERE org_id = $1`, [
    orgId,
    row.publicUrl,
    row.smtp ? JSON.stringify(row.smtp) : null,
    row.sms ? JSON.stringify(row.sms) : null,
  ]);
}

/**
 * Erasure of a customer: their survey responses lose identifiers and written answers (free text and
 * single-choice values are strings, so all strings go); numeric ratings and multiple-choice ids stay.
 */
export async function scrubResponsesOfFeedback(db: Db, orgId: string, feedbackIds: string[]): Promise<number> {
  if (feedbackIds.length === 0) return 0;
  const result = await db.query(
    `UPDATE survey_responses SET identifiers = '{}'::jsonb, updated_at = now(),
            answers = COALESCE((SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each(answers) AS e
                                 WHERE jsonb_typeof(e.value) <> 'string'), '{}'::jsonb)
      WHERE org_id = $1 AND feedback_id = ANY($2::uuid[])`,
    [orgId, feedbackIds],
  );
  return result.rowCount ?? 0;
}
