// All SQL of action plans: the plan rows, and the sums of the feedback in a plan's scope (items of
// its theme, or items carrying its breakpoint) per window and week. The sums are computed from the
// feedback rows with the same arithmetic as the metrics rollups (migration 0020): the rollups keep
// per-theme NPS and sentiment but not CSAT / CES, and per-breakpoint only volume and sentiment,
// while a plan may aim at any metric and its windows start at a moment, not a day.
import type { Db } from '../../db/pool.ts';
import type { Sums } from '../metrics/metric-set.ts';
import type { PlanMetric, PlanStatus, SavePlanInput } from './action-plans.schema.ts';

export interface PlanRow {
  id: string;
  title: string;
  description: string;
  sourceKind: 'theme' | 'breakpoint';
  themeId: string | null;
  breakpointFrom: string | null;
  breakpointTo: string | null;
  ownerTeamId: string | null;
  ownerTeamName: string | null;
  dueDate: string | null;
  metric: PlanMetric;
  direction: 'increase' | 'decrease';
  target: number | null;
  status: PlanStatus;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date;
  baselineDays: number;
}

const planSelect = `
  SELECT p.id, p.title, p.description, p.source_kind AS "sourceKind", p.theme_id AS "themeId",
         p.breakpoint_from AS "breakpointFrom", p.breakpoint_to AS "breakpointTo",
         p.owner_team_id AS "ownerTeamId", t.name AS "ownerTeamName", to_char(p.due_date, 'YYYY-MM-DD') AS "dueDate",
         p.metric, p.direction, p.target, p.status, p.created_by AS "createdBy", u.name AS "createdByName",
         p.created_at AS "createdAt", p.updated_at AS "updatedAt", p.started_at AS "startedAt", p.baseline_days AS "baselineDays"
    FROM action_plans p
    LEFT JOIN teams t ON t.org_id = p.org_id AND t.id = p.owner_team_id
    LEFT JOIN users u ON u.org_id = p.org_id AND u.id = p.created_by`;

export interface PlanFilter {
  status?: PlanStatus;
  ownerTeamId?: string;
  themeId?: string;
}

export async function listPlans(db: Db, orgId: string, filter: PlanFilter, limit = 500): Promise<PlanRow[]> {
  const params: unknown[] = [orgId];
  const where = ['p.org_id = $1'];
  if (filter.status) where.push(`p.status = $${params.push(filter.status)}`);
  if (filter.ownerTeamId) where.push(`p.owner_team_id = $${params.push(filter.ownerTeamId)}`);
  if (filter.themeId) where.push(`p.theme_id = $${params.push(filter.themeId)}`);
  const result = await db.query<PlanRow>(`${planSelect} WHERE ${where.join(' AND ')} ORDER BY p.created_at DESC, p.id LIMIT ${limit}`, params);
  return result.rows;
}

export async function findPlan(db: Db, orgId: string, id: string): Promise<PlanRow | undefined> {
  const result = await db.query<PlanRow>(`${planSelect} WHERE p.org_id = $1 AND p.id = $2`, [orgId, id]);
  return result.rows[0];
}

const columnsOf = (input: SavePlanInput) => [
  input.title,
  input.description,
  input.source.kind,
  input.source.kind === 'theme' ? input.source.theme_id : null,
  input.source.kind === 'breakpoint' ? input.source.from_channel : null,
  input.source.kind === 'breakpoint' ? input.source.to_channel : null,
  input.owner_team_id,
  input.due_date,
  input.metric,
  input.direction,
  input.target,
  input.status,
  input.baseline_days,
  input.started_at ?? null,
];

export async function insertPlan(db: Db, orgId: string, createdBy: string | null, input: SavePlanInput): Promise<string> {
  const result = await db.query<{ id: string }>(
    `INSERT INTO action_plans (title, description, source_kind, theme_id, breakpoint_from, breakpoint_to, owner_team_id, due_date,
                               metric, direction, target, status, baseline_days, started_at, org_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, coalesce($14::timestamptz, now()), $15, $16) RETURNING id`,
    [...columnsOf(input), orgId, createdBy],
  );
  return result.rows[0]!.id;
}

export async function updatePlan(db: Db, orgId: string, id: string, input: SavePlanInput): Promise<boolean> {
  const result = await db.query(
    `UPDATE action_plans SET title = $1, description = $2, source_kind = $3, theme_id = $4, breakpoint_from = $5, breakpoint_to = $6,
            owner_team_id = $7, due_date = $8, metric = $9, direction = $10, target = $11, status = $12, baseline_days = $13,
            started_at = coalesce($14::timestamptz, started_at), updated_at = now()
      WHERE org_id = $15 AND id = $16`,
    [...columnsOf(input), orgId, id],
  );
  return result.rowCount === 1;
}

export async function deletePlan(db: Db, orgId: string, id: string): Promise<boolean> {
  const result = await db.query(`DELETE FROM action_plans WHERE org_id = $1 AND id = $2`, [orgId, id]);
  return result.rowCount === 1;
}

export type PlanScope = { kind: 'theme'; themeId: string } | { kind: 'breakpoint'; from: string; to: string };

/** Sums of the scope's items per window ('before': [from, boundary), 'after': [boundary, to)) and UTC week. */
export type WindowSums = Sums & { window: 'before' | 'after'; week: string };

export async function sumScopeWindows(db: Db, orgId: string, scope: PlanScope, from: Date, boundary: Date, to: Date): Promise<WindowSums[]> {
  const params: unknown[] = [orgId, from, boundary, to];
  const scopeFilter =
    scope.kind === 'theme'
      ? `themes @> ARRAY[$${params.push(scope.themeId)}]::text[]`
      : `breakpoint_from = $${params.push(scope.from)} AND breakpoint_to = $${params.push(scope.to)}`;
  // Integer sums fit float8 exactly and come back from pg as numbers, not strings.
  const result = await db.query<WindowSums>(
    `SELECT CASE WHEN occurred_at < $3 THEN 'before' ELSE 'after' END AS window,
            to_char(date_trunc('week', occurred_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week,
            count(*)::float8 AS items,
            count(nps)::float8 AS nps_n, (count(*) FILTER (WHERE nps >= 9))::float8 AS promoters, (count(*) FILTER (WHERE nps <= 6))::float8 AS detractors,
            count(csat)::float8 AS csat_n, coalesce(sum(csat), 0)::float8 AS csat_sum, coalesce(sum(csat * csat), 0)::float8 AS csat_sq,
            (count(*) FILTER (WHERE csat >= 4))::float8 AS csat_satisfied,
            count(ces)::float8 AS ces_n, coalesce(sum(ces), 0)::float8 AS ces_sum, coalesce(sum(ces * ces), 0)::float8 AS ces_sq,
            count(sentiment_score)::float8 AS sentiment_n, coalesce(sum(sentiment_score), 0)::float8 AS sentiment_sum,
            (count(*) FILTER (WHERE sentiment_label = 'positive'))::float8 AS positive,
            (count(*) FILTER (WHERE sentiment_label = 'negative'))::float8 AS negative
       FROM feedback
      WHERE org_id = $1 AND occurred_at >= $2 AND occurred_at < $4 AND ${scopeFilter}
      GROUP BY 1, 2`,
    params,
  );
  return result.rows;
}
