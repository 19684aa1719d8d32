// All SQL of the unified feedback record.
import type { Db } from '../../db/pool.ts';
import type { FeedbackCursor } from './cursor.ts';

export interface FeedbackRow {
  id: string;
  source: string;
  channel: string;
  touchpointId: string | null;
  stageId: string | null;
  journeyId: string | null;
  customerId: string | null;
  externalId: string | null;
  occurredAt: Date;
  receivedAt: Date;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  stars: number | null;
  text: string | null;
  textRedacted: string | null;
  lang: string | null;
  sentimentLabel: string | null;
  sentimentScore: number | null;
  themes: string[];
  mentionedChannels: string[];
  breakpointFrom: string | null;
  breakpointTo: string | null;
  analysisVersion: number;
  analysis: Record<string, unknown>;
  identifiers: Record<string, string>;
  metadata: Record<string, unknown>;
}

/** One row to insert: ids are made by the caller so that inserted and duplicate items can be told apart. */
export interface NewFeedbackRow {
  id: string;
  /** Set by identity fusion during ingestion; null for items without identifiers. */
  customer_id: string | null;
  source: string;
  channel: string;
  touchpoint_id: string | null;
  external_id: string | null;
  occurred_at: string;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  stars: number | null;
  text: string | null;
  text_redacted: string | null;
  /** Words for full-text search (see searchTerms in the text engine); stored as a tsvector. */
  search_terms: string[];
  lang: string | null;
  sentiment_label: string | null;
  sentiment_score: number | null;
  themes: string[];
  mentioned_channels: string[];
  breakpoint_from: string | null;
  breakpoint_to: string | null;
  analysis_version: number;
  analysis: unknown;
  identifiers: Record<string, string>;
  metadata: Record<string, unknown>;
}

const selectColumns = `
  f.id, f.source, f.channel, f.touchpoint_id AS "touchpointId", t.stage_id AS "stageId", s.journey_id AS "journeyId",
  f.customer_id AS "customerId", f.external_id AS "externalId", f.occurred_at AS "occurredAt", f.received_at AS "receivedAt",
  f.nps, f.csat, f.ces, f.stars, f.text, f.text_redacted AS "textRedacted", f.lang,
  f.sentiment_label AS "sentimentLabel", f.sentiment_score AS "sentimentScore", f.themes,
  f.mentioned_channels AS "mentionedChannels", f.breakpoint_from AS "breakpointFrom", f.breakpoint_to AS "breakpointTo",
  f.analysis_version AS "analysisVersion", f.analysis, f.identifiers, f.metadata`;

const joinJourney = `
  LEFT JOIN touchpoints t ON t.org_id = f.org_id AND t.id = f.touchpoint_id
  LEFT JOIN stages s ON s.org_id = t.org_id AND s.id = t.stage_id`;

const fromWithJourney = `
  FROM feedback f ${joinJourney}`;

/**
 * Inserts rows in one statement; rows whose (source, external_id) already exists are skipped. Returns
 * the inserted rows: their ids, or with `readBack` as getFeedback reads them (the single endpoint's
 * answer, without a second round trip).
 */
export async function insertFeedbackRows(db: Db, orgId: string, rows: NewFeedbackRow[], readBack = false): Promise<Array<Pick<FeedbackRow, 'id'> | FeedbackRow>> {
  const result = await db.query<FeedbackRow>(
    `WITH f AS (
     INSERT INTO feedback (id, org_id, customer_id, source, channel, touchpoint_id, external_id, occurred_at, nps, csat, ces, stars, text,
                           text_redacted, search, lang, sentiment_label, sentiment_score, themes, mentioned_channels,
                           breakpoint_from, breakpoint_to, analysis_version, analysis, identifiers, metadata)
     SELECT r.id, $1, r.customer_id, r.source, r.channel, r.touchpoint_id, r.external_id, r.occurred_at, r.nps, r.csat, r.ces, r.stars, r.text,
            r.text_redacted, array_to_tsvector(r.search_terms), r.lang, r.sentiment_label, r.sentiment_score, r.themes, r.mentioned_channels,
            r.breakpoint_from, r.breakpoint_to, r.analysis_version, r.analysis, r.identifiers, r.metadata
       FROM jsonb_to_recordset($2::jsonb) AS r(
            id uuid, customer_id uuid, source text, channel text, touchpoint_id uuid, external_id text, occurred_at timestamptz,
            nps smallint, csat smallint, ces smallint, stars numeric, text text, text_redacted text, search_terms text[], lang text,
            sentiment_label text, sentiment_score real, themes text[], mentioned_channels text[],
            breakpoint_from text, breakpoint_to text, analysis_version integer, analysis jsonb, identifiers jsonb, metadata jsonb)
     ON CONFLICT ON CONSTRAINT feedback_external_id_key DO NOTHING
     RETURNING ${readBack ? '*' : 'id'})
     ${readBack ? `SELECT ${selectColumns} FROM f ${joinJourney}` : 'SELECT f.id FROM f'}`,
    [orgId, JSON.stringify(rows)],
  );
  return result.rows;
}

/**
 * Ids of already stored items, keyed by "source\u0000external_id". One index look-up per key (LIMIT
 * keeps the subquery a look-up; the key is unique): as a plain join the planner would read all of the
 * organisation's feedback for a large batch (test/batch-lookup-plans.test.ts).
 */
export async function findIdsByExternalIds(db: Db, orgId: string, keys: Array<{ source: string; externalId: string }>): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const result = await db.query<{ id: string; source: string; externalId: string }>(
    `SELECT f.id, f.source, f.external_id AS "externalId"
       FROM unnest($2::text[], $3::text[]) AS k(source, external_id)
      CROSS JOIN LATERAL (SELECT i.id, i.source, i.external_id FROM feedback i
                           WHERE i.org_id = $1 AND i.source = k.source AND i.external_id = k.external_id LIMIT 1) f`,
    [orgId, keys.map((key) => key.source), keys.map((key) => key.externalId)],
  );
  return new Map(result.rows.map((row) => [externalKey(row.source, row.externalId), row.id]));
}

export function externalKey(source: string, externalId: string): string {
  return `${source}\u0000${externalId}`;
}

export async function findFeedbackByIds(db: Db, orgId: string, ids: string[]): Promise<FeedbackRow[]> {
  const result = await db.query<FeedbackRow>(`SELECT ${selectColumns} ${fromWithJourney} WHERE f.org_id = $1 AND f.id = ANY($2::uuid[])`, [orgId, ids]);
  return result.rows;
}

export interface FeedbackQuery {
  source?: string;
  channel?: string;
  touchpointId?: string;
  stageId?: string;
  journeyId?: string;
  customerId?: string;
  lang?: string;
  sentiment?: string;
  theme?: string;
  breakpointFrom?: string;
  breakpointTo?: string;
  segment?: string;
  from?: Date;
  to?: Date;
  text?: string;
  /** Search words of the query (searchTerms); every one must occur, each as a word or word prefix. */
  searchTerms?: string[];
  after?: FeedbackCursor;
  limit: number;
}

export async function listFeedback(db: Db, orgId: string, query: FeedbackQuery): Promise<FeedbackRow[]> {
  const params: unknown[] = [orgId];
  const where = ['f.org_id = $1'];
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (query.source) add((p) => `f.source = ${p}`, query.source);
  if (query.channel) add((p) => `f.channel = ${p}`, query.channel);
  if (query.touchpointId) add((p) => `f.touchpoint_id = ${p}`, query.touchpointId);
  if (query.stageId) add((p) => `t.stage_id = ${p}`, query.stageId);
  if (query.journeyId) add((p) => `s.journey_id = ${p}`, query.journeyId);
  if (query.customerId) add((p) => `f.customer_id = ${p}`, query.customerId);
  if (query.lang) add((p) => `f.lang = ${p}`, query.lang);
  if (query.sentiment) add((p) => `f.sentiment_label = ${p}`, query.sentiment);
  if (query.theme) add((p) => `f.themes @> ARRAY[${p}::text]`, query.theme);
  // Only complete breakpoints (both channels known) count, as in the metrics_breakpoint rollups.
  if (query.breakpointFrom || query.breakpointTo) where.push('f.breakpoint_from IS NOT NULL AND f.breakpoint_to IS NOT NULL');
  if (query.breakpointFrom) add((p) => `f.breakpoint_from = ${p}`, query.breakpointFrom);
  if (query.breakpointTo) add((p) => `f.breakpoint_to = ${p}`, query.breakpointTo);
  // The same expression as the rollups' key (and as the index of 0051_feedback_filters.sql).
  if (query.segment) add((p) => `metrics_segment(f.metadata) = ${p}`, query.segment);
  if (query.from) add((p) => `f.occurred_at >= ${p}`, query.from);
  if (query.to) add((p) => `f.occurred_at < ${p}`, query.to);
  if (query.searchTerms?.length) add((p) => `f.search @@ ${p}::tsquery`, toPrefixQuery(query.searchTerms));
  else if (query.text) add((p) => `f.text_redacted ILIKE ${p}`, `%${escapeLike(query.text)}%`);
  if (query.after) {
    params.push(query.after.occurredAt, query.after.id);
    where.push(`(f.occurred_at, f.id) < ($${params.length - 1}, $${params.length})`);
  }
  params.push(query.limit);
  const result = await db.query<FeedbackRow>(
    `SELECT ${selectColumns} ${fromWithJourney} WHERE ${where.join(' AND ')} ORDER BY f.occurred_at DESC, f.id DESC LIMIT $${params.length}`,
    params,
  );
  return result.rows;
}

export interface TextSampleQuery {
  groups: Array<{ channel: string; sentiment: string }>;
  from: Date;
  /** Exclusive. */
  to: Date;
  touchpointIds?: string[];
  segment?: string;
  perGroup: number;
}

/**
 * The newest texts of each (channel, sentiment) group, at most perGroup each, in ONE round trip and
 * reading only the text: a LATERAL subquery per group walks feedback_org_channel_time_idx newest first.
 */
export async function sampleTexts(db: Db, orgId: string, query: TextSampleQuery): Promise<Array<{ channel: string; sentiment: string; text: string }>> {
  const params: unknown[] = [orgId, query.groups.map((g) => g.channel), query.groups.map((g) => g.sentiment), query.from, query.to, query.perGroup];
  const extra: string[] = [];
  if (query.touchpointIds) extra.push(`f.touchpoint_id = ANY($${params.push(query.touchpointIds)}::uuid[])`);
  if (query.segment) extra.push(`metrics_segment(f.metadata) = $${params.push(query.segment)}`);
  const result = await db.query<{ channel: string; sentiment: string; text: string }>(
    `SELECT g.channel, g.sentiment, x.text
       FROM unnest($2::text[], $3::text[]) AS g(channel, sentiment)
       CROSS JOIN LATERAL (
         SELECT f.text FROM feedback f
          WHERE f.org_id = $1 AND f.channel = g.channel AND f.sentiment_label = g.sentiment AND f.text IS NOT NULL
            AND f.occurred_at >= $4 AND f.occurred_at < $5${extra.map((condition) => ` AND ${condition}`).join('')}
          ORDER BY f.occurred_at DESC, f.id DESC LIMIT $6) x`,
    params,
  );
  return result.rows;
}

/** 'a':* & 'b':* — quoted lexemes, so the tsquery parser takes them literally. */
function toPrefixQuery(terms: string[]): string {
  return terms.map((term) => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}':*`).join(' & ');
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** The next items with text after `afterId` (id order: stable while new items arrive). */
export async function listTextsForReanalysis(db: Db, orgId: string, afterId: string | null, limit: number): Promise<Array<{ id: string; text: string; channel: string }>> {
  const result = await db.query<{ id: string; text: string; channel: string }>(
    `SELECT id, text, channel FROM feedback
      WHERE org_id = $1 AND text IS NOT NULL AND ($2::uuid IS NULL OR id > $2) ORDER BY id LIMIT $3`,
    [orgId, afterId, limit],
  );
  return result.rows;
}

type AnalysisUpdate = Pick<NewFeedbackRow, 'id' | 'text_redacted' | 'search_terms' | 'lang' | 'sentiment_label' | 'sentiment_score' | 'themes' | 'mentioned_channels' | 'breakpoint_from' | 'breakpoint_to' | 'analysis_version' | 'analysis'>;

export async function updateAnalysis(db: Db, orgId: string, rows: AnalysisUpdate[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `UPDATE feedback f SET text_redacted = r.text_redacted, search = array_to_tsvector(r.search_terms), lang = r.lang, sentiment_label = r.sentiment_label,
            sentiment_score = r.sentiment_score, themes = r.themes, mentioned_channels = r.mentioned_channels,
            breakpoint_from = r.breakpoint_from, breakpoint_to = r.breakpoint_to,
            analysis_version = r.analysis_version, analysis = r.analysis
       FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, text_redacted text, search_terms text[], lang text, sentiment_label text, sentiment_score real,
            themes text[], mentioned_channels text[], breakpoint_from text, breakpoint_to text, analysis_version integer, analysis jsonb)
      WHERE f.org_id = $1 AND f.id = r.id`,
    [orgId, JSON.stringify(rows)],
  );
}
