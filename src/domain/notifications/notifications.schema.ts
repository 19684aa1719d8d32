// Shapes of notification channels per kind, and of the channel-agnostic message every formatter renders.
import { z } from 'zod';

export const channelKinds = ['webhook', 'email', 'wecom', 'dingtalk', 'feishu', 'slack'] as const;
export type NotificationKind = (typeof channelKinds)[number];

const url = z.url({ protocol: /^https?$/ }).max(1000);
const common = {
  name: z.string().trim().min(1).max(200),
  enabled: z.boolean().default(true),
  digest: z.enum(['none', 'daily', 'weekly']).default('none'),
  // Left out on update, the stored secret is kept; for signed webhooks one is generated when none is given.
  secret: z.string().min(8).max(300).optional(),
};

export const saveChannelSchema = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('webhook'), config: z.object({ url }).strict() }).strict(),
  z.object({ ...common, kind: z.literal('email'), config: z.object({ to: z.array(z.email().max(255)).min(1).max(50) }).strict() }).strict(),
  z.object({ ...common, kind: z.literal('wecom'), config: z.object({ url }).strict() }).strict(),
  z.object({ ...common, kind: z.literal('dingtalk'), config: z.object({ url }).strict() }).strict(),
  z.object({ ...common, kind: z.literal('feishu'), config: z.object({ url }).strict() }).strict(),
  z.object({ ...common, kind: z.literal('slack'), config: z.object({ url }).strict() }).strict(),
]);
export type SaveChannelInput = z.output<typeof saveChannelSchema>;

export interface ChannelConfig {
  url?: string;
  to?: string[];
}

/** What every notification says, whatever the channel. */
export interface NotificationMessage {
  event: 'alert.raised' | 'alert.digest' | 'test';
  title: string;
  severity: 'info' | 'warning' | 'critical';
  /** Short lines of facts (score, theme, statistic…), rendered as a list. */
  lines: string[];
  alert?: {
    id: string;
    rule_id: string;
    rule_name: string;
    kind: string;
    count: number;
    customer_id: string | null;
    feedback_ids: string[];
    details: Record<string, unknown>;
    first_seen_at: string;
  };
  digest?: { period: 'daily' | 'weekly' | 'throttled'; since: string; alerts: Array<{ title: string; rule_name: string; severity: string; at: string }> };
  sent_at: string;
}

export const deliveryFilterSchema = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }).strict();

export const DELIVER_JOB = 'notifications:deliver';
/** One job delivers every notification of one evaluation (or one test / digest); a retry skips those already delivered. */
export const deliverPayloadSchema = z.object({ orgId: z.uuid(), deliveryIds: z.array(z.uuid()).min(1).max(5000) });
/** graphile-worker retries a failed delivery with exponential backoff (e^attempt seconds) up to this many attempts. */
export const MAX_DELIVERY_ATTEMPTS = 6;
