// All SQL of case settings and SLA policies.
import type { Db } from '../../db/pool.ts';
import type { BusinessHours, Priority } from './case-settings.ts';

export interface CaseSettingsRow {
  timezone: string;
  businessHours: BusinessHours;
  holidays: string[];
  warnAtPercent: number;
  resurveySurveyId: string | null;
  resurveyDelayHours: number;
}

export async function findCaseSettingsRow(db: Db, orgId: string): Promise<CaseSettingsRow | undefined> {
  const result = await db.query<CaseSettingsRow>(
    `SELECT timezone, business_hours AS "businessHours", array(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(holidays) d ORDER BY d) AS holidays,
            warn_at_percent AS "warnAtPercent", resurvey_survey_id AS "resurveySurveyId", resurvey_delay_hours AS "resurveyDelayHours"
       FROM case_settings WHERE org_id = $1`,
    [orgId],
  );
  return result.rows[0];
}

export async function listSlaPolicyRows(db: Db, orgId: string): Promise<Array<{ priority: Priority; firstResponseMinutes: number; resolutionMinutes: number }>> {
  const result = await db.query<{ priority: Priority; firstResponseMinutes: number; resolutionMinutes: number }>(
    `SELECT priority, first_response_minutes AS "firstResponseMinutes", resolution_minutes AS "resolutionMinutes" FROM sla_policies WHERE org_id = $1`,
    [orgId],
  );
  return result.rows;
}

export async function upsertCaseSettingsRow(db: Db, orgId: string, row: CaseSettingsRow): Promise<void> {
  await db.query(
    `INSERT INTO case_settings (org_id, timezone, business_hours, holidays, warn_at_percent, resurvey_survey_id, resurvey_delay_hours, updated_at)
     VALUES ($1, $2, $3, $4::date[], $5, $6, $7, now())
     ON CONFLICT (org_id) DO UPDATE SET timezone = EXCLUDED.timezone, business_hours = EXCLUDED.business_hours, holidays = EXCLUDED.holidays,
       warn_at_percent = EXCLUDED.warn_at_percent, resurvey_survey_id = EXCLUDED.resurvey_survey_id,
       resurvey_delay_hours = EXCLUDED.resurvey_delay_hours, updated_at = now()`,
    [orgId, row.timezone, JSON.stringify(row.businessHours), row.holidays, row.warnAtPercent, row.resurveySurveyId, row.resurveyDelayHours],
  );
}

export async function upsertSlaPolicyRows(
  db: Db,
  orgId: string,
  policies: Array<{ priority: Priority; firstResponseMinutes: number; resolutionMinutes: number }>,
): Promise<void> {
  await db.query(
    `INSERT INTO sla_policies (org_id, priority, first_response_minutes, resolution_minutes)
     SELECT $1, p.priority, p.first_response, p.resolution
       FROM unnest($2::text[], $3::int[], $4::int[]) AS p (priority, first_response, resolution)
     ON CONFLICT (org_id, priority) DO UPDATE SET first_response_minutes = EXCLUDED.first_response_minutes, resolution_minutes = EXCLUDED.resolution_minutes`,
    [orgId, policies.map((policy) => policy.priority), policies.map((policy) => policy.firstResponseMinutes), policies.map((policy) => policy.resolutionMinutes)],
  );
}

/** Counts the organisation's open cases, to decide whether re-applying SLAs can run inline. */
export async function countOpenCases(db: Db, orgId: string): Promise<number> {
  const result = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM cases WHERE org_id = $1 AND status NOT IN ('resolved', 'closed')`, [orgId]);
  return result.rows[0]!.count;
}
