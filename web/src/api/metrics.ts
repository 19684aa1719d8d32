// The dashboards' metrics API: shared filters in, rounded figures with intervals and verdicts out.
import { API_BASE, ApiError, http, seg } from './http.ts';
import type { Feedback } from './types.ts';

export interface DashboardFilters {
  from?: string;
  to?: string;
  channel?: string;
  touchpoint_id?: string;
  segment?: string;
}

export interface Estimate {
  value: number | null;
  n: number;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
}

export interface Change {
  previous: number | null;
  delta: number | null;
  z: number | null;
  significant: boolean;
  direction: 'up' | 'down' | 'flat';
  insufficient_n: boolean;
}

export interface Metrics {
  volume: number;
  nps: Estimate;
  csat: Estimate;
  csat_mean: Estimate;
  ces: Estimate;
  sentiment: Estimate;
  sentiment_mean: number | null;
}

export type MetricKey = 'nps' | 'csat' | 'csat_mean' | 'ces' | 'sentiment';
export type Changes = Record<MetricKey | 'volume', Change>;
export interface Period {
  from: string;
  to: string;
  days: number;
}
export type Grain = 'day' | 'week' | 'month';

export interface ThemeMove {
  theme: string;
  label_en: string;
  label_zh: string;
  current: number;
  previous: number;
  change: Change;
}

export interface Overview {
  period: Period;
  previous_period: { from: string; to: string };
  metrics: Metrics;
  previous: Metrics;
  changes: Changes;
  trend: Array<{ bucket: string; metrics: Metrics }>;
  themes: { rising: ThemeMove[]; falling: ThemeMove[] };
}

export interface Keyed {
  key: string;
  metrics: Metrics;
  changes: Changes;
}

interface Named {
  id: string;
  name_en: string | null;
  name_zh: string | null;
}

export interface JourneyMap {
  period: Period;
  journeys: Named[];
  journey: (Named & { stages: Array<Named & Keyed & { touchpoints: Array<Named & Keyed & { channel: string }> }> }) | null;
  breakpoints: Array<{ from: string; to: string; items: number; sentiment_mean: number | null; negative_share: number | null }>;
}

export interface ChannelComparison {
  period: Period;
  overall: Metrics;
  consistency: { sentiment: number | null; nps: number | null };
  channels: Keyed[];
}

export interface DescriptorGroup {
  channel: string;
  sentiment: 'positive' | 'neutral' | 'negative';
  documents: number;
  terms: Array<{ term: string; z: number; count: number }>;
}

export interface ThemeRow {
  theme: string;
  label_en: string;
  label_zh: string;
  metrics: Metrics;
  share: number | null;
  nps_impact: number | null;
  volume_change: Change;
}

export type Verbatim = Feedback & { evidence: string[] };

type Query = DashboardFilters & Record<string, string | undefined>;

export const metricsApi = {
  overview: (filters: Query, signal?: AbortSignal) => http.get<Overview>('/metrics/overview', filters, signal),
  trend: (filters: Query, signal?: AbortSignal) => http.get<{ period: Period; points: Array<{ bucket: string; metrics: Metrics }> }>('/metrics/trend', filters, signal),
  journeyMap: (filters: Query, signal?: AbortSignal) => http.get<JourneyMap>('/metrics/journey-map', filters, signal),
  channels: (filters: Query, signal?: AbortSignal) => http.get<ChannelComparison>('/metrics/channels', filters, signal),
  descriptors: (filters: Query, signal?: AbortSignal) => http.get<{ groups: DescriptorGroup[] }>('/metrics/channels/descriptors', filters, signal),
  themes: (filters: Query, signal?: AbortSignal) => http.get<{ period: Period; overall: Metrics; themes: ThemeRow[] }>('/metrics/themes', filters, signal),
  verbatims: (theme: string, filters: Query, signal?: AbortSignal) => http.get<{ items: Verbatim[] }>(`/metrics/themes/${seg(theme)}/verbatims`, filters, signal),
  segments: () => http.get<{ items: string[] }>('/metrics/segments'),
  summarySchedule: () => http.get<SummarySchedule>('/metrics/summary-schedule'),
  saveSummarySchedule: (input: SummaryScheduleInput) => http.put<SummarySchedule>('/metrics/summary-schedule', input),
  sendSummaryNow: () => http.post<{ recipients: number; period: { from: string; to: string } }>('/metrics/summary-schedule/send'),
};

export interface SummaryScheduleInput {
  enabled: boolean;
  frequency: 'daily' | 'weekly';
  recipients: string[];
  language: 'en' | 'zh-CN';
}

export interface SummarySchedule extends SummaryScheduleInput {
  last_sent_at: string | null;
}

/** The server builds XLSX (a real writer is too heavy for this bundle); the browser saves the file. */
export async function downloadXlsx(title: string, columns: string[], rows: Array<Array<string | number | null>>): Promise<Blob> {
  const response = await fetch(`${API_BASE}/metrics/export.xlsx`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'x-openvoc-csrf': '1' },
    body: JSON.stringify({ title, columns, rows }),
  });
  if (!response.ok) throw new ApiError(response.status, `http_${response.status}`, response.statusText);
  return response.blob();
}
