// Cross-department action plans and their measured effect (metric before → after).
import { http, seg } from './http.ts';
import type { ListResponse } from './types.ts';

export type PlanMetric = 'nps' | 'csat' | 'ces' | 'sentiment' | 'negative_share' | 'volume';
export const PLAN_METRICS: readonly PlanMetric[] = ['nps', 'csat', 'ces', 'sentiment', 'negative_share', 'volume'];
export type PlanStatus = 'open' | 'in_progress' | 'done' | 'cancelled';
export const PLAN_STATUSES: readonly PlanStatus[] = ['open', 'in_progress', 'done', 'cancelled'];
export type PlanDirection = 'increase' | 'decrease';

export type PlanSource = { kind: 'theme'; theme_id: string } | { kind: 'breakpoint'; from_channel: string; to_channel: string };

export interface PlanInput {
  title: string;
  description: string;
  source: PlanSource;
  owner_team_id: string | null;
  due_date: string | null;
  metric: PlanMetric;
  direction: PlanDirection;
  target: number | null;
  status: PlanStatus;
  started_at?: string;
  baseline_days: number;
}

export interface PlanEstimate {
  value: number | null;
  n: number;
  ci_low: number | null;
  ci_high: number | null;
}

export interface PlanEffect {
  before_window: { from: string; to: string };
  after_window: { from: string; to: string };
  before: PlanEstimate;
  after: PlanEstimate;
  change: { delta: number | null; z: number | null; significant: boolean; direction: 'up' | 'down' | 'flat'; insufficient_n: boolean };
  improved: boolean | null;
  target_reached: boolean | null;
  weeks?: Array<{ week: string; value: number | null; n: number; after: boolean }>;
}

export interface ActionPlan extends Omit<PlanInput, 'owner_team_id' | 'started_at' | 'source'> {
  id: string;
  /** Theme sources carry the theme's labels for display. */
  source: PlanSource & { label_en?: string; label_zh?: string };
  owner_team: { id: string; name: string | null } | null;
  created_by: { id: string; name: string | null } | null;
  created_at: string;
  updated_at: string;
  started_at: string;
  effect: PlanEffect;
}

export const listActionPlans = (query: { status?: string; owner_team_id?: string; theme_id?: string } = {}) => http.get<ListResponse<ActionPlan>>('/action-plans', query);
export const getActionPlan = (id: string) => http.get<ActionPlan>(`/action-plans/${seg(id)}`);
export const createActionPlan = (input: PlanInput) => http.post<ActionPlan>('/action-plans', input);
export const updateActionPlan = (id: string, input: PlanInput) => http.put<ActionPlan>(`/action-plans/${seg(id)}`, input);
export const deleteActionPlan = (id: string) => http.delete(`/action-plans/${seg(id)}`);
