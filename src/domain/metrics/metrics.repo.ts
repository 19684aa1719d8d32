// All SQL of metrics: sums over the daily rollup tables kept by the triggers of migration 0020.
// Every query is scoped by org_id and reads only pre-summed rows, never the feedback table.
import type { Db } from '../../db/pool.ts';
import { splitRange } from './day-ranges.ts';
import type { Sums } from './metric-set.ts';

export const NO_TOUCHPOINT = '00000000-0000-0000-0000-000000000000';

export type RollupTable = 'daily' | 'theme' | 'breakpoint';
export type Dimension = 'period' | 'channel' | 'touchpoint' | 'segment' | 'theme' | 'day' | 'week' | 'month' | 'from_channel' | 'to_channel';

/** Which rollup rows count: a day range (inclusive), optionally with the period before it. */
export interface RollupScope {
  from: string;
  to: string;
  /** First day of the previous period; rows from here to `from` are labelled period = 'previous'. */
  previousFrom?: string;
  channel?: string;
  /** Touchpoints resolved from touchpoint / stage / journey filters; an empty list matches nothing. */
  touchpointIds?: string[];
  segment?: string;
  theme?: string;
}

const TABLES: Record<RollupTable, string> = { daily: 'metrics', theme: 'metrics_theme', breakpoint: 'metrics_breakpoint' };

const SUMS: Record<RollupTable, string[]> = {
  daily: ['items', 'nps_n', 'promoters', 'detractors', 'csat_n', 'csat_sum', 'csat_sq', 'csat_satisfied', 'ces_n', 'ces_sum', 'ces_sq', 'sentiment_n', 'sentiment_sum', 'positive', 'negative'],
  theme: ['items', 'nps_n', 'promoters', 'detractors', 'sentiment_n', 'sentiment_sum', 'positive', 'negative'],
  breakpoint: ['items', 'sentiment_n', 'sentiment_sum', 'negative'],
};

const DIMENSIONS: Record<Dimension, (boundary: string) => string> = {
  period: (boundary) => (boundary ? `CASE WHEN day >= ${boundary}::date THEN 'current' ELSE 'previous' END` : `'current'`),
  channel: () => 'channel',
  touchpoint: () => 'touchpoint_id::text',
  segment: () => 'segment',
  theme: () => 'theme',
  day: () => `to_char(day, 'YYYY-MM-DD')`,
  week: () => `to_char(date_trunc('week', day), 'YYYY-MM-DD')`,
  month: () => `to_char(date_trunc('month', day), 'YYYY-MM-DD')`,
  from_channel: () => 'from_channel',
  to_channel: () => 'to_channel',
};

/** Sums of one rollup, grouped by the dimensions: numbers keyed by column, dimensions keyed by name. */
export type SumRow = Sums & { keys: Partial<Record<Dimension, string>> };

export async function sumRollup(db: Db, orgId: string, table: RollupTable, scope: RollupScope, dimensions: Dimension[]): Promise<SumRow[]> {
  const params: unknown[] = [orgId];
  const boundary = scope.previousFrom ? `$${params.push(scope.from)}` : '';
  const filters: string[] = [];
  if (scope.channel) filters.push(`channel = $${params.push(scope.channel)}`);
  if (scope.touchpointIds) filters.push(`touchpoint_id = ANY($${params.push(scope.touchpointIds)}::uuid[])`);
  if (scope.segment !== undefined) filters.push(`segment = $${params.push(scope.segment)}`);
  if (scope.theme && table === 'theme') filters.push(`theme = $${params.push(scope.theme)}`);
  // Whole months come from the monthly rollup unless the answer is per day or week. Each period is
  // split on its own so no month straddles the current / previous boundary.
  const daysOnly = dimensions.includes('day') || dimensions.includes('week');
  const periods = scope.previousFrom ? [[scope.previousFrom, dayBefore(scope.from)], [scope.from, scope.to]] : [[scope.from, scope.to]];
  const dayRanges: Array<[string, string]> = [];
  const monthRanges: Array<[string, string]> = [];
  for (const [from, to] of periods as Array<[string, string]>) {
    if (daysOnly) dayRanges.push([from, to]);
    else {
      const split = splitRange(from, to);
      dayRanges.push(...split.days);
      monthRanges.push(...split.months);
    }
  }
  const within = (ranges: Array<[string, string]>) => ranges.map(([a, b]) => `day BETWEEN $${params.push(a)}::date AND $${params.push(b)}::date`).join(' OR ');
  // Unfiltered theme questions read the per-theme totals: one row per theme and day.
  const totals = table === 'theme' && filters.every((filter) => filter.startsWith('theme ')) && !dimensions.some((d) => d === 'channel' || d === 'touchpoint' || d === 'segment');
  const name = totals ? 'metrics_theme_total' : TABLES[table];
  const source = (grain: 'daily' | 'monthly', ranges: Array<[string, string]>) =>
    ranges.length ? [`SELECT * FROM ${name}_${grain} WHERE org_id = $1 AND (${within(ranges)})${filters.map((f) => ` AND ${f}`).join('')}`] : [];
  const parts = [...source('daily', dayRanges), ...source('monthly', monthRanges)];
  if (parts.length === 0) return [];
  const keys = dimensions.map((dimension, index) => `${DIMENSIONS[dimension](boundary)} AS k${index}`);
  // Integer sums fit float8 exactly and come back from pg as numbers, not strings.
  const sums = SUMS[table].map((column) => `sum(${column})::float8 AS ${column}`);
  const groupBy = dimensions.length ? `GROUP BY ${dimensions.map((_, index) => index + 1).join(', ')}` : '';
  const result = await db.query<Record<string, string | number>>(
    `SELECT ${[...keys, ...sums].join(', ')} FROM (${parts.join(' UNION ALL ')}) r ${groupBy}`,
    params,
  );
  return result.rows.map((row) => {
    const out: Record<string, unknown> = { keys: Object.fromEntries(dimensions.map((dimension, index) => [dimension, String(row[`k${index}`])])) };
    for (const column of SUMS[table]) out[column] = Number(row[column] ?? 0);
    return out as unknown as SumRow;
  });
}

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** The segments in use, for the filter picker. */
export async function listSegments(db: Db, orgId: string): Promise<string[]> {
  const result = await db.query<{ segment: string }>(
    `SELECT DISTINCT segment FROM metrics_daily WHERE org_id = $1 AND segment <> '' AND items > 0 ORDER BY segment LIMIT 200`,
    [orgId],
  );
  return result.rows.map((row) => row.segment);
}

/** The newest day with feedback, so an empty "last 30 days" on old data can point people to it. */
export async function lastDayWithData(db: Db, orgId: string): Promise<string | null> {
  const result = await db.query<{ day: string | null }>(
    `SELECT to_char(max(day), 'YYYY-MM-DD') AS day FROM metrics_daily WHERE org_id = $1 AND items > 0`,
    [orgId],
  );
  return result.rows[0]?.day ?? null;
}

export interface SummaryScheduleRow {
  enabled: boolean;
  frequency: 'daily' | 'weekly';
  recipients: string[];
  language: 'en' | 'zh-CN';
  lastSentAt: Date | null;
  /** The last day of the period the last scheduled summary covered. */
  lastPeriodTo: string | null;
}

const scheduleColumns = `enabled, frequency, recipients, language, last_sent_at AS "lastSentAt", to_char(last_period_to, 'YYYY-MM-DD') AS "lastPeriodTo"`;

export async function findSummarySchedule(db: Db, orgId: string): Promise<SummaryScheduleRow | null> {
  const result = await db.query<SummaryScheduleRow>(`SELECT ${scheduleColumns} FROM metrics_summary_schedules WHERE org_id = $1`, [orgId]);
  return result.rows[0] ?? null;
}

export async function upsertSummarySchedule(db: Db, orgId: string, row: Pick<SummaryScheduleRow, 'enabled' | 'frequency' | 'recipients' | 'language'>): Promise<SummaryScheduleRow> {
  const result = await db.query<SummaryScheduleRow>(
    `INSERT INTO metrics_summary_schedules (org_id, enabled, frequency, recipients, language) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (org_id) DO UPDATE SET enabled = excluded.enabled, frequency = excluded.frequency, recipients = excluded.recipients,
            language = excluded.language, updated_at = now()
     RETURNING ${scheduleColumns}`,
    [orgId, row.enabled, row.frequency, row.recipients, row.language],
  );
  return result.rows[0]!;
}

/** Organisations whose enabled schedule has this frequency and has not yet covered `periodTo`. */
export async function listDueSummarySchedules(db: Db, frequency: 'daily' | 'weekly', periodTo: string): Promise<string[]> {
  const result = await db.query<{ orgId: string }>(
    `SELECT org_id AS "orgId" FROM metrics_summary_schedules
      WHERE enabled AND frequency = $1 AND cardinality(recipients) > 0 AND (last_period_to IS NULL OR last_period_to < $2::date)
      ORDER BY org_id`,
    [frequency, periodTo],
  );
  return result.rows.map((row) => row.orgId);
}

export async function recordSummarySent(db: Db, orgId: string, at: Date, periodTo: string | null): Promise<void> {
  await db.query(
    `UPDATE metrics_summary_schedules SET last_sent_at = $2, last_period_to = coalesce($3::date, last_period_to) WHERE org_id = $1`,
    [orgId, at, periodTo],
  );
}
