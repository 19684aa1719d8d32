// Shapes of the API's JSON, as the contract describes them. Nulls are kept as nulls on purpose:
// the UI must decide what "absent" looks like rather than the client inventing defaults.

export type Role = 'owner' | 'admin' | 'analyst' | 'agent' | 'viewer';
export const ROLES: readonly Role[] = ['owner', 'admin', 'analyst', 'agent', 'viewer'];

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string | null;
}

export interface Org {
  id: string;
  name: string;
}

export interface Session {
  user: SessionUser;
  org: Org;
}

export interface ListResponse<T> {
  items: T[];
}

export type FeedbackSource = 'survey' | 'review' | 'social' | 'ticket' | 'chat' | 'call' | 'import' | 'api';
export const FEEDBACK_SOURCES: readonly FeedbackSource[] = [
  'survey', 'review', 'social', 'ticket', 'chat', 'call', 'import', 'api',
];

export type SentimentLabel = 'positive' | 'neutral' | 'negative';
export const SENTIMENT_LABELS: readonly SentimentLabel[] = ['positive', 'neutral', 'negative'];

export interface Theme {
  id: string;
  label_en: string | null;
  label_zh: string | null;
}

export interface Feedback {
  id: string;
  source: FeedbackSource | string;
  channel: string | null;
  touchpoint_id: string | null;
  stage_id: string | null;
  journey_id: string | null;
  customer_id: string | null;
  external_id: string | null;
  occurred_at: string | null;
  received_at: string | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  stars: number | null;
  text: string | null;
  text_redacted: string | null;
  lang: string | null;
  sentiment: { label: SentimentLabel; score: number } | null;
  themes: Theme[] | null;
  mentioned_channels: string[] | null;
  breakpoint: { from: string; to: string } | null;
  metadata: Record<string, unknown> | null;
  identifiers: Record<string, string> | null;
  analysis_explanation?: unknown;
}

export interface FeedbackPage {
  items: Feedback[];
  next_cursor: string | null;
}

export interface FeedbackFilters {
  source?: string;
  channel?: string;
  touchpoint_id?: string;
  journey_id?: string;
  stage_id?: string;
  lang?: string;
  sentiment?: string;
  from?: string;
  to?: string;
  q?: string;
  theme?: string;
  segment?: string;
  breakpoint_from?: string;
  breakpoint_to?: string;
}

export type ChannelKind = 'digital' | 'physical' | 'assisted' | 'messaging' | 'social';
export const CHANNEL_KINDS: readonly ChannelKind[] = ['digital', 'physical', 'assisted', 'messaging', 'social'];

export interface Channel {
  key: string;
  name_en: string | null;
  name_zh: string | null;
  kind: ChannelKind;
}

export interface JourneySummary {
  id: string;
  name_en: string | null;
  name_zh: string | null;
  description: string | null;
  stage_count: number;
  touchpoint_count: number;
  created_at: string;
}

export type Metric = 'nps' | 'csat' | 'ces' | 'stars';
export const METRICS: readonly Metric[] = ['nps', 'csat', 'ces', 'stars'];

export interface Touchpoint {
  id: string;
  stage_id: string;
  name_en: string | null;
  name_zh: string | null;
  channel: string;
  metrics: string[];
  position: number;
}

export interface Stage {
  id: string;
  name_en: string | null;
  name_zh: string | null;
  position: number;
  touchpoints: Touchpoint[];
}

export interface Journey {
  id: string;
  name_en: string | null;
  name_zh: string | null;
  description: string | null;
  stages: Stage[];
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface CreatedApiKey {
  id: string;
  name: string;
  prefix: string;
  /** The whole secret: the server never shows it again. */
  key: string;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string | null;
  disabled: boolean;
  created_at: string;
}

export interface TeamMember {
  id: string;
  name: string;
  email: string;
  /** Receives SLA escalations for the team's cases. */
  is_lead?: boolean;
}

export interface Team {
  id: string;
  name: string;
  members: TeamMember[];
}
