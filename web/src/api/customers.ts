// The customer directory, the 360, the timeline, merges and the privacy operations.
import { http, seg } from './http.ts';
import type { Feedback } from './types.ts';

export interface CustomerIdentifier {
  kind: string;
  value: string;
  first_seen_at: string;
}

export interface CustomerListItem {
  id: string;
  display_name: string | null;
  first_seen_at: string | null;
  last_seen_at: string | null;
  erased_at: string | null;
  identifiers: CustomerIdentifier[];
  feedback_count: number;
  channels: string[];
}

export interface CustomerPage {
  items: CustomerListItem[];
  next_cursor: string | null;
}

export interface LatestRating {
  value: number;
  occurred_at: string;
  feedback_id: string;
  channel: string;
}

export interface CustomerMerge {
  id: string;
  survivor_id: string;
  absorbed_id: string;
  cause: 'shared_identifier' | 'manual';
  identifier: { kind: string; value: string | null } | null;
  feedback_id: string | null;
  merged_by: { actor: string; name: string | null };
  merged_at: string;
  unmerged_by: { actor: string; name: string | null } | null;
  unmerged_at: string | null;
  reversible: boolean;
}

export interface Customer360 {
  id: string;
  requested_id: string;
  display_name: string | null;
  first_seen_at: string | null;
  last_seen_at: string | null;
  created_at: string;
  erased_at: string | null;
  merged_profile_ids: string[];
  identifiers: CustomerIdentifier[];
  summary: {
    feedback_count: number;
    items_considered: number;
    by_source: Array<{ source: string; count: number }>;
    by_channel: Array<{ channel: string; count: number }>;
    latest: Record<'nps' | 'csat' | 'ces' | 'stars', LatestRating | null>;
    sentiment: {
      average: number | null;
      latest_label: string | null;
      trend: 'improving' | 'worsening' | 'stable' | null;
      points: Array<{ feedback_id: string; occurred_at: string; score: number; label: string | null; channel: string }>;
    };
    themes: Array<{ id: string; label_en: string; label_zh: string; count: number; negative: number }>;
    channel_path: Array<{ channel: string; from: string; to: string; count: number }>;
    breakpoints: Array<{ from: string; to: string; count: number }>;
  };
  merges: CustomerMerge[];
}

export interface TimelineEntry {
  type: 'feedback';
  occurred_at: string;
  feedback: Feedback;
}

export interface TimelinePage {
  customer_id: string;
  items: TimelineEntry[];
  next_cursor: string | null;
}

export const listCustomers = (query: { q?: string; cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
  http.get<CustomerPage>('/customers', { q: query.q, cursor: query.cursor ?? undefined, limit: query.limit ?? 50 }, signal);

export const getCustomer = (id: string) => http.get<Customer360>(`/customers/${seg(id)}`);

export const getTimeline = (id: string, cursor: string | null) =>
  http.get<TimelinePage>(`/customers/${seg(id)}/timeline`, { cursor: cursor ?? undefined, limit: 30 });

export const mergeCustomers = (survivorId: string, absorbedId: string) =>
  http.post<{ merge_id: string; survivor_id: string; absorbed_id: string }>('/customers/merge', { survivor_id: survivorId, absorbed_id: absorbedId });

export const unmergeCustomers = (mergeId: string) =>
  http.post<{ merge_id: string; customer_id: string; restored_id: string }>(`/customers/merges/${seg(mergeId)}/unmerge`);

export const exportCustomer = (id: string) => http.post<Record<string, unknown>>(`/customers/${seg(id)}/export`);

export const eraseCustomer = (id: string, options: { text: 'redact' | 'remove'; reason?: string }) =>
  http.post<{ customer_id: string; erased_at: string; feedback_items: number; identifiers_removed: number }>(`/customers/${seg(id)}/erase`, {
    text: options.text,
    ...(options.reason ? { reason: options.reason } : {}),
  });
