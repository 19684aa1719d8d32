// Inputs of the customer use cases: the list, the timeline and erasure.
import { z } from 'zod';

export const customerFilterSchema = z.object({
  /** A phone (any format), e-mail, member id or other identifier, a name, or a customer id. */
  q: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type CustomerFilter = z.output<typeof customerFilterSchema>;

export const timelineFilterSchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const eraseCustomerSchema = z
  .object({
    /** redact: keep the text with personal data masked (verbatims stay useful); remove: drop the text. */
    text: z.enum(['redact', 'remove']).default('redact'),
    /** Why (a request reference, the law invoked): kept in the audit trail. */
    reason: z.string().trim().max(500).optional(),
  })
  .strict();
export type EraseCustomerInput = z.output<typeof eraseCustomerSchema>;
