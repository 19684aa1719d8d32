// Service metrics of cases: response and resolution times, first-contact resolution, transfers,
// SLA compliance — overall, per team, per agent and per week.
import { http } from './http.ts';

export interface Rate {
  value: number | null;
  n: number;
  ci_low: number | null;
  ci_high: number | null;
}

export interface Durations {
  n: number;
  median_minutes: number | null;
  p90_minutes: number | null;
  /** In business time (the organisation's opening hours and holidays); null when not computed. */
  business_median_minutes: number | null;
  business_p90_minutes: number | null;
}

export interface ServiceFigures {
  cases: number;
  open: number;
  resolved: number;
  escalated: number;
  first_response: Durations;
  resolution: Durations;
  first_contact_resolution: Rate;
  transfers: { total: number; per_case: number | null; transferred_share: Rate };
  sla: { first_response: { due: number; met: number; compliance: Rate }; resolution: { due: number; met: number; compliance: Rate } };
}

export interface ServiceMetrics {
  period: { from: string; to: string };
  team_id: string | null;
  overall: ServiceFigures;
  by_team: Array<ServiceFigures & { team: { id: string; name: string | null } | null }>;
  by_agent: Array<ServiceFigures & { agent: { id: string; name: string | null } | null }>;
  by_week: Array<ServiceFigures & { week: string }>;
}

export const getServiceMetrics = (query: { from?: string; to?: string; team_id?: string }) => http.get<ServiceMetrics>('/service-metrics', query);
