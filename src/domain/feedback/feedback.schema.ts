// The shape of one incoming feedback item, shared by the single and batch endpoints, the OpenAPI
// document, file import and the demo loader, so every door applies the same rules.
import { z } from 'zod';
import { channelKeySchema } from '../channels/channels.schema.ts';

export const feedbackSources = ['survey', 'review', 'social', 'ticket', 'chat', 'call', 'import', 'api'] as const;
export const identifierKinds = ['phone', 'email', 'member_id', 'wechat_openid', 'wechat_unionid', 'alipay_user_id', 'device_id', 'order_id', 'name'] as const;
export const MAX_TEXT_LENGTH = 20_000;
export const MAX_BATCH_SIZE = 1_000;
const MAX_METADATA_BYTES = 8_192;
// Clocks of senders drift; a little future is tolerated, more is a bug in the sender.
const FUTURE_TOLERANCE_MS = 10 * 60_000;
const EARLIEST_OCCURRED_AT = Date.UTC(2000, 0, 1);

const identifierValue = z.string().trim().min(1).max(200);
const metadataValue = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);

export const feedbackInputSchema = z
  .object({
    source: z.enum(feedbackSources),
    channel: channelKeySchema,
    external_id: z.string().trim().min(1).max(200).optional(),
    touchpoint_id: z.uuid().optional(),
    occurred_at: z.iso
      .datetime({ offset: true, message: 'must be an ISO 8601 date-time, e.g. 2026-05-01T08:30:00Z' })
      .transform((value) => new Date(value))
      .refine((date) => date.getTime() <= Date.now() + FUTURE_TOLERANCE_MS, 'must not be in the future')
      .refine((date) => date.getTime() >= EARLIEST_OCCURRED_AT, 'must be after 2000-01-01')
      .optional(),
    nps: z.number().int().min(0).max(10).optional(),
    csat: z.number().int().min(1).max(5).optional(),
    ces: z.number().int().min(1).max(7).optional(),
    stars: z.number().min(1).max(5).multipleOf(0.5).optional(),
    text: z.string().max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`).optional(),
    identifiers: z.partialRecord(z.enum(identifierKinds), identifierValue).optional(),
    metadata: z
      .record(z.string().min(1).max(100), metadataValue)
      .refine((value) => Object.keys(value).length <= 50, 'must have at most 50 keys')
      .refine((value) => Buffer.byteLength(JSON.stringify(value)) <= MAX_METADATA_BYTES, `must be at most ${MAX_METADATA_BYTES} bytes as JSON`)
      .optional(),
  })
  .strict()
  .transform((item) => ({ ...item, text: item.text?.trim() || undefined }))
  .refine((item) => item.text !== undefined || [item.nps, item.csat, item.ces, item.stars].some((rating) => rating !== undefined), {
    message: 'give text or at least one rating (nps, csat, ces, stars)',
    path: ['text'],
  });

export type FeedbackInput = z.input<typeof feedbackInputSchema>;
export type ValidFeedback = z.output<typeof feedbackInputSchema>;

export const feedbackBatchSchema = z
  .object({ items: z.array(z.unknown()).min(1, 'must contain at least one item').max(MAX_BATCH_SIZE, `must contain at most ${MAX_BATCH_SIZE} items`) })
  .strict();

export const feedbackFilterSchema = z.object({
  source: z.enum(feedbackSources).optional(),
  channel: channelKeySchema.optional(),
  touchpoint_id: z.uuid().optional(),
  stage_id: z.uuid().optional(),
  journey_id: z.uuid().optional(),
  customer_id: z.uuid().optional(),
  lang: z.enum(['zh', 'en', 'mixed', 'other']).optional(),
  sentiment: z.enum(['positive', 'neutral', 'negative']).optional(),
  theme: z.string().min(1).max(100).optional(),
  // A cross-channel breakpoint (sent from one channel to another), as the journey map draws it.
  breakpoint_from: channelKeySchema.optional(),
  breakpoint_to: channelKeySchema.optional(),
  // The customer segment as the dashboards count it: metadata.segment, else metadata.tier.
  segment: z.string().trim().min(1).max(60).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  q: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type FeedbackFilter = z.output<typeof feedbackFilterSchema>;

// The newest texts of several (channel, sentiment) groups at once: word statistics per channel
// (the channel-consistency descriptors) need a bounded sample of each group, not pages of items.
export const feedbackSampleSchema = z
  .object({
    groups: z.array(z.object({ channel: channelKeySchema, sentiment: z.enum(['positive', 'neutral', 'negative']) }).strict()).min(1).max(120),
    from: z.iso.datetime({ offset: true }).or(z.iso.date()),
    to: z.iso.datetime({ offset: true }).or(z.iso.date()),
    // Touchpoints already resolved from touchpoint / stage / journey filters; an empty list matches nothing.
    touchpoint_ids: z.array(z.uuid()).max(1000).optional(),
    segment: z.string().trim().min(1).max(60).optional(),
    per_group: z.number().int().min(1).max(500),
  })
  .strict();
