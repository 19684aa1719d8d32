// All SQL of service metrics: one pass over the cases created in a range, summed for the whole
// range, per team, per assignee and per UTC week (grouping sets), with the percentiles of the
// response and resolution times in wall-clock minutes. The counters kept on every case
// (transfers, reopens, replies) and the SLA stamps mean no timeline is scanned.
import type { Db } from '../../../db/pool.ts';

export type GroupKind = 'overall' | 'team' | 'agent' | 'week';

export interface ServiceSums {
  kind: GroupKind;
  /** Team id, assignee id or week start (YYYY-MM-DD); null for the overall row and for "no team" / "unassigned". */
  key: string | null;
  name: string | null;
  cases: number;
  open: number;
  resolved: number;
  escalated: number;
  firstResponses: number;
  firstResponseMinutes: [number, number] | null;
  resolutionMinutes: [number, number] | null;
  firstContactResolved: number;
  transfers: number;
  transferred: number;
  firstResponseDue: number;
  firstResponseMet: number;
  resolutionDue: number;
  resolutionMet: number;
}

export interface CaseRange {
  from: string;
  to: string;
  /** Only cases of these teams; undefined: every case. */
  teamIds?: string[];
  now: Date;
}

export async function sumServiceMetrics(db: Db, orgId: string, range: CaseRange): Promise<ServiceSums[]> {
  const params: unknown[] = [orgId, range.from, range.to, range.now];
  const teams = range.teamIds ? ` AND team_id = ANY($${params.push(range.teamIds)}::uuid[])` : '';
  // A clock counts once its outcome is known: answered / resolved, past its due moment, or stamped breached.
  // It is met when the answer or resolution came by the due moment and no breach was stamped.
  const result = await db.query<ServiceSums>(
    `WITH c AS (
       SELECT team_id, assignee_id, to_char(date_trunc('week', created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week,
              status IN ('resolved', 'closed') AS is_resolved, escalated_at, transfer_count, reopen_count, reply_count,
              extract(epoch FROM first_responded_at - created_at) / 60 AS frt,
              CASE WHEN status IN ('resolved', 'closed') THEN extract(epoch FROM coalesce(resolved_at, closed_at) - created_at) / 60 END AS ttr,
              first_response_due_at IS NOT NULL
                AND (first_responded_at IS NOT NULL OR first_response_due_at <= $4 OR first_response_breached_at IS NOT NULL) AS fr_due,
              first_responded_at <= first_response_due_at AND first_response_breached_at IS NULL AS fr_met,
              resolution_due_at IS NOT NULL
                AND (status IN ('resolved', 'closed') OR resolution_due_at <= $4 OR resolution_breached_at IS NOT NULL) AS res_due,
              status IN ('resolved', 'closed') AND coalesce(resolved_at, closed_at) <= resolution_due_at AND resolution_breached_at IS NULL AS res_met
         FROM cases
        WHERE org_id = $1 AND created_at >= $2::date AND created_at < $3::date + 1${teams}
     ),
     g AS (
       SELECT CASE grouping(team_id, assignee_id, week) WHEN 7 THEN 'overall' WHEN 3 THEN 'team' WHEN 5 THEN 'agent' ELSE 'week' END AS kind,
              team_id, assignee_id, week,
              count(*)::int AS cases,
              (count(*) FILTER (WHERE NOT is_resolved))::int AS open,
              (count(*) FILTER (WHERE is_resolved))::int AS resolved,
              (count(*) FILTER (WHERE escalated_at IS NOT NULL))::int AS escalated,
              count(frt)::int AS "firstResponses",
              percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY frt) FILTER (WHERE frt IS NOT NULL) AS "firstResponseMinutes",
              percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY ttr) FILTER (WHERE ttr IS NOT NULL) AS "resolutionMinutes",
              (count(*) FILTER (WHERE is_resolved AND reply_count <= 1 AND transfer_count = 0 AND reopen_count = 0))::int AS "firstContactResolved",
              coalesce(sum(transfer_count), 0)::int AS transfers,
              (count(*) FILTER (WHERE transfer_count > 0))::int AS transferred,
              (count(*) FILTER (WHERE fr_due))::int AS "firstResponseDue",
              (count(*) FILTER (WHERE fr_due AND fr_met IS TRUE))::int AS "firstResponseMet",
              (count(*) FILTER (WHERE res_due))::int AS "resolutionDue",
              (count(*) FILTER (WHERE res_due AND res_met IS TRUE))::int AS "resolutionMet"
         FROM c
        GROUP BY GROUPING SETS ((), (team_id), (assignee_id), (week))
     )
     SELECT g.*, coalesce(g.team_id::text, g.assignee_id::text, g.week) AS key,
            CASE g.kind WHEN 'team' THEN t.name WHEN 'agent' THEN u.name END AS name
       FROM g
       LEFT JOIN teams t ON g.kind = 'team' AND t.org_id = $1 AND t.id = g.team_id
       LEFT JOIN users u ON g.kind = 'agent' AND u.org_id = $1 AND u.id = g.assignee_id`,
    params,
  );
  return result.rows.map((row) => ({
    kind: row.kind,
    key: row.key,
    name: row.name,
    cases: row.cases,
    open: row.open,
    resolved: row.resolved,
    escalated: row.escalated,
    firstResponses: row.firstResponses,
    firstResponseMinutes: pair(row.firstResponseMinutes),
    resolutionMinutes: pair(row.resolutionMinutes),
    firstContactResolved: row.firstContactResolved,
    transfers: row.transfers,
    transferred: row.transferred,
    firstResponseDue: row.firstResponseDue,
    firstResponseMet: row.firstResponseMet,
    resolutionDue: row.resolutionDue,
    resolutionMet: row.resolutionMet,
  }));
}

const pair = (values: Array<number | string> | null): [number, number] | null => (values && values[0] !== null ? [Number(values[0]), Number(values[1])] : null);

/** The moments of each case in the range, for durations in business time (computed in code). */
export interface CaseMoments {
  teamId: string | null;
  assigneeId: string | null;
  week: string;
  createdAt: Date;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
}

export async function listCaseMoments(db: Db, orgId: string, range: CaseRange, limit: number): Promise<CaseMoments[]> {
  const params: unknown[] = [orgId, range.from, range.to, limit];
  const teams = range.teamIds ? ` AND team_id = ANY($${params.push(range.teamIds)}::uuid[])` : '';
  const result = await db.query<CaseMoments>(
    `SELECT team_id AS "teamId", assignee_id AS "assigneeId", to_char(date_trunc('week', created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week,
            created_at AS "createdAt", first_responded_at AS "firstRespondedAt",
            CASE WHEN status IN ('resolved', 'closed') THEN coalesce(resolved_at, closed_at) END AS "resolvedAt"
       FROM cases
      WHERE org_id = $1 AND created_at >= $2::date AND created_at < $3::date + 1${teams}
      LIMIT $4`,
    params,
  );
  return result.rows;
}
