// An organisation's case settings (business hours, holidays, SLA targets per priority, re-survey),
// with the defaults used until an admin saves their own.
import type { Db } from '../../db/pool.ts';
import { findCaseSettingsRow, listSlaPolicyRows } from './case-settings.repo.ts';

export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof priorities)[number];

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** "HH:MM" strings in the organisation's zone; end after start. */
export interface BusinessPeriod {
  start: string;
  end: string;
}

export type BusinessHours = Record<Weekday, BusinessPeriod[]>;

export interface SlaTarget {
  firstResponseMinutes: number;
  resolutionMinutes: number;
}

export interface CaseSettings {
  timezone: string;
  businessHours: BusinessHours;
  /** ISO dates (YYYY-MM-DD) in the organisation's zone. */
  holidays: string[];
  warnAtPercent: number;
  sla: Record<Priority, SlaTarget>;
  resurveySurveyId: string | null;
  resurveyDelayHours: number;
}

const workingDay: BusinessPeriod[] = [{ start: '09:00', end: '18:00' }];

export const defaultCaseSettings: CaseSettings = {
  timezone: 'Asia/Shanghai',
  businessHours: { mon: workingDay, tue: workingDay, wed: workingDay, thu: workingDay, fri: workingDay, sat: [], sun: [] },
  holidays: [],
  warnAtPercent: 80,
  // Business minutes: urgent answered within the hour, low within three working days.
  sla: {
    urgent: { firstResponseMinutes: 30, resolutionMinutes: 240 },
    high: { firstResponseMinutes: 120, resolutionMinutes: 540 },
    normal: { firstResponseMinutes: 240, resolutionMinutes: 1620 },
    low: { firstResponseMinutes: 540, resolutionMinutes: 2700 },
  },
  resurveySurveyId: null,
  resurveyDelayHours: 24,
};

export async function loadCaseSettings(db: Db, orgId: string): Promise<CaseSettings> {
  const [row, policies] = await Promise.all([findCaseSettingsRow(db, orgId), listSlaPolicyRows(db, orgId)]);
  const sla = { ...defaultCaseSettings.sla };
  for (const policy of policies) sla[policy.priority] = { firstResponseMinutes: policy.firstResponseMinutes, resolutionMinutes: policy.resolutionMinutes };
  if (!row) return { ...defaultCaseSettings, sla };
  return {
    timezone: row.timezone,
    businessHours: row.businessHours,
    holidays: row.holidays,
    warnAtPercent: row.warnAtPercent,
    sla,
    resurveySurveyId: row.resurveySurveyId,
    resurveyDelayHours: row.resurveyDelayHours,
  };
}
