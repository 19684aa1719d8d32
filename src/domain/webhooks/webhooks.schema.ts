// Inputs of inbound webhooks: creating one, and the JSON other systems POST to it.
import { z } from 'zod';
import { channelKeySchema } from '../channels/channels.schema.ts';
import { feedbackSources, MAX_BATCH_SIZE } from '../feedback/feedback.schema.ts';

export const createWebhookSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    /** Items that name no source get this one. */
    source: z.enum(feedbackSources),
    /** Items that name no channel get this one. */
    channel: channelKeySchema,
  })
  .strict();

/** One feedback item, or {"items": [...]} with up to 1,000. */
export const inboundBodySchema = z.union([
  z.object({ items: z.array(z.record(z.string(), z.unknown())).min(1, 'must contain at least one item').max(MAX_BATCH_SIZE, `must contain at most ${MAX_BATCH_SIZE} items`) }).strict(),
  z.record(z.string(), z.unknown()),
]);

export const SIGNATURE_HEADER = 'x-openvoc-signature';
export const TIMESTAMP_HEADER = 'x-openvoc-timestamp';
/** Requests signed longer ago (or further ahead) than this are refused: a captured request goes stale. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;
