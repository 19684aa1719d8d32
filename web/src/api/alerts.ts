// Alerts, alert rules, notification channels and churn risk.
import { http, seg } from './http.ts';
import type { ListResponse } from './types.ts';

export type Severity = 'info' | 'warning' | 'critical';
export type AlertStatus = 'open' | 'acknowledged' | 'snoozed' | 'resolved';

export interface Alert {
  id: string;
  rule: { id: string; name: string };
  kind: 'item' | 'aggregate' | 'churn';
  title: string;
  severity: Severity;
  status: AlertStatus;
  snoozed_until: string | null;
  count: number;
  customer_id: string | null;
  feedback_ids: string[];
  details: Record<string, unknown>;
  first_seen_at: string;
  last_seen_at: string;
}

export interface Condition {
  field: string;
  operator: string;
  value?: string | number | boolean | Array<string | number>;
}

export interface ConditionGroup {
  match: 'all' | 'any';
  conditions: Condition[];
}

export interface ItemCondition extends ConditionGroup {
  groups: ConditionGroup[];
}

export interface AlertRuleInput {
  name: string;
  kind: 'item' | 'aggregate' | 'churn';
  enabled: boolean;
  severity: Severity;
  dedup_minutes: number;
  max_per_hour: number;
  channel_ids: string[];
  condition: ItemCondition | Record<string, unknown>;
  /** Item rules: open a case for matches at this priority (null: no case). */
  open_case_priority?: CasePriority | null;
}

export type CasePriority = 'low' | 'normal' | 'high' | 'urgent';

export interface AlertRule extends AlertRuleInput {
  id: string;
  created_at: string;
}

export type NotificationKind = 'webhook' | 'email' | 'wecom' | 'dingtalk' | 'feishu' | 'slack';

export interface NotificationChannelInput {
  name: string;
  kind: NotificationKind;
  config: { url?: string; to?: string[] };
  secret?: string;
  digest: 'none' | 'daily' | 'weekly';
  enabled?: boolean;
}

export interface NotificationChannel extends NotificationChannelInput {
  id: string;
  has_secret: boolean;
  secret?: string;
}

export interface Delivery {
  id: string;
  purpose: 'alert' | 'digest' | 'test';
  status: string;
  attempts: number;
  response_code: number | null;
  error: string | null;
  title: string;
  created_at: string;
}

export const listAlerts = (query: { status?: string; kind?: string; severity?: string; limit?: number }) => http.get<ListResponse<Alert>>('/alerts', query);
export const actOnAlert = (id: string, body: { action: 'acknowledge' | 'resolve' | 'reopen' } | { action: 'snooze'; until: string }) =>
  http.patch<Alert>(`/alerts/${seg(id)}`, body);

export const listAlertRules = () => http.get<ListResponse<AlertRule>>('/alert-rules');
export const createAlertRule = (input: AlertRuleInput) => http.post<AlertRule>('/alert-rules', input);
export const updateAlertRule = (id: string, input: AlertRuleInput) => http.put<AlertRule>(`/alert-rules/${seg(id)}`, input);
export const deleteAlertRule = (id: string) => http.delete(`/alert-rules/${seg(id)}`);

export const listNotificationChannels = () => http.get<ListResponse<NotificationChannel>>('/notification-channels');
export const createNotificationChannel = (input: NotificationChannelInput) => http.post<NotificationChannel>('/notification-channels', input);
export const deleteNotificationChannel = (id: string) => http.delete(`/notification-channels/${seg(id)}`);
export const testNotificationChannel = (id: string) => http.post<{ delivery_id: string }>(`/notification-channels/${seg(id)}/test`);
export const listDeliveries = (id: string) => http.get<ListResponse<Delivery>>(`/notification-channels/${seg(id)}/deliveries`);

export interface ChurnRisk {
  customer_id: string;
  score: number;
  level: 'low' | 'medium' | 'high';
  factors: Array<{ id: string; points: number; value: number }>;
  last_computed_at: string | null;
}

export const getChurnRisk = (customerId: string) => http.get<ChurnRisk>(`/customers/${seg(customerId)}/churn-risk`);
