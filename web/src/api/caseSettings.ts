import { http, seg } from './http.ts';
import type { Team } from './types.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const CASE_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

export interface BusinessPeriod {
  start: string;
  end: string;
}

export interface SlaTarget {
  first_response_minutes: number;
  resolution_minutes: number;
}

export interface CaseSettings {
  timezone: string;
  business_hours: Record<Weekday, BusinessPeriod[]>;
  holidays: string[];
  warn_at_percent: number;
  sla: Record<CasePriority, SlaTarget>;
  resurvey_survey_id: string | null;
  resurvey_delay_hours: number;
}

export const getCaseSettings = () => http.get<CaseSettings>('/case-settings');
export const saveCaseSettings = (settings: Partial<CaseSettings>) => http.put<CaseSettings>('/case-settings', settings);
export const setTeamLeads = (teamId: string, userIds: string[]) => http.put<Team>(`/teams/${seg(teamId)}/leads`, { user_ids: userIds });
