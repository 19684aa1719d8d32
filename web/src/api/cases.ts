// Cases (the closed loop: owned, answered, resolved, followed up) and the rules that route them.
import type { Reply } from './caseReplies.ts';
import { http, seg } from './http.ts';
import type { Feedback, ListResponse } from './types.ts';

export type CaseStatus = 'new' | 'assigned' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed';
export const CASE_STATUSES: readonly CaseStatus[] = ['new', 'assigned', 'in_progress', 'waiting_on_customer', 'resolved', 'closed'];
export type CasePriority = 'low' | 'normal' | 'high' | 'urgent';
export const CASE_PRIORITIES: readonly CasePriority[] = ['urgent', 'high', 'normal', 'low'];
export type SlaState = 'pending' | 'warning' | 'met' | 'breached';
export type CaseQueue = 'mine' | 'team' | 'all';

export interface NamedRef {
  id: string;
  name: string;
}

export interface Case {
  id: string;
  number: number;
  title: string;
  status: CaseStatus;
  priority: CasePriority;
  source: 'manual' | 'alert';
  alert_id: string | null;
  customer: { id: string; display_name: string | null } | null;
  team: NamedRef | null;
  assignee: NamedRef | null;
  channel: string | null;
  touchpoint_id: string | null;
  themes: string[];
  lang: string | null;
  location: string | null;
  customer_tier: string | null;
  created_at: string;
  updated_at: string;
  first_response_due_at: string | null;
  resolution_due_at: string | null;
  first_responded_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  escalated_at: string | null;
  sla: { first_response: SlaState; resolution: SlaState };
  transfer_count: number;
  reopen_count: number;
  reply_count: number;
  root_cause: string | null;
  resolution_code: string | null;
  resolution_note: string | null;
  feedback_count: number;
  resurvey_feedback_id: string | null;
}

export interface CaseEvent {
  id: number;
  kind: string;
  actor: NamedRef | null;
  details: Record<string, unknown>;
  created_at: string;
}

export interface CaseDetail extends Case {
  feedback: Feedback[];
  events: CaseEvent[];
  replies: Reply[];
}

export interface CasePage {
  items: Case[];
  next_cursor: string | null;
}

export interface CaseListQuery {
  queue?: CaseQueue;
  status?: string;
  priority?: string;
  team_id?: string;
  assignee_id?: string;
  customer_id?: string;
  breached?: boolean;
  q?: string;
}

export interface OpenCaseInput {
  feedback_ids: string[];
  title?: string;
  priority?: CasePriority;
  team_id?: string;
  assignee_id?: string;
  note?: string;
}

export interface StatusChange {
  status: CaseStatus;
  root_cause?: string;
  resolution_code?: string;
  resolution_note?: string;
}

export const CASE_PAGE_SIZE = 50;

export const listCases = (query: CaseListQuery, cursor: string | null, signal?: AbortSignal) =>
  http.get<CasePage>('/cases', { ...query, breached: query.breached ? true : undefined, cursor: cursor ?? undefined, limit: CASE_PAGE_SIZE }, signal);
export const getCase = (id: string) => http.get<CaseDetail>(`/cases/${seg(id)}`);
export const openCase = (input: OpenCaseInput) => http.post<Case>('/cases', input);
export const updateCase = (id: string, changes: { title?: string; priority?: CasePriority }) => http.patch<Case>(`/cases/${seg(id)}`, changes);
export const assignCase = (id: string, body: { team_id?: string | null; assignee_id?: string | null; reason?: string }) =>
  http.post<Case>(`/cases/${seg(id)}/assign`, body);
export const changeCaseStatus = (id: string, change: StatusChange) => http.post<Case>(`/cases/${seg(id)}/status`, change);
export const addCaseNote = (id: string, body: string) => http.post<CaseEvent>(`/cases/${seg(id)}/notes`, { body });
export const linkCaseFeedback = (id: string, feedbackIds: string[]) => http.post<Case>(`/cases/${seg(id)}/feedback`, { feedback_ids: feedbackIds });

// Routing rules: the first enabled rule (by position) whose conditions all match sends a new case to its team.
export type Assignment = 'round_robin' | 'least_loaded' | 'team_queue';
export const ASSIGNMENTS: readonly Assignment[] = ['round_robin', 'least_loaded', 'team_queue'];

export interface RoutingConditions {
  themes?: string[];
  channels?: string[];
  touchpoint_ids?: string[];
  locations?: string[];
  tiers?: string[];
  languages?: string[];
}

export interface RoutingRuleInput {
  name: string;
  enabled: boolean;
  conditions: RoutingConditions;
  team_id: string;
  assignment: Assignment;
  priority: CasePriority | null;
}

export interface RoutingRule extends RoutingRuleInput {
  id: string;
  position: number;
  team?: NamedRef | null;
  created_at?: string;
  updated_at?: string;
}

export const listRoutingRules = () => http.get<ListResponse<RoutingRule>>('/case-routing-rules');
export const createRoutingRule = (input: RoutingRuleInput) => http.post<RoutingRule>('/case-routing-rules', input);
export const updateRoutingRule = (id: string, input: RoutingRuleInput) => http.put<RoutingRule>(`/case-routing-rules/${seg(id)}`, input);
export const deleteRoutingRule = (id: string) => http.delete(`/case-routing-rules/${seg(id)}`);
export const reorderRoutingRules = (ids: string[]) => http.post<unknown>('/case-routing-rules/reorder', { ids });
