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
