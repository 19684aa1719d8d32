// Shapes of reply templates and of a reply to the customer. The same schemas validate the API and
// describe the OpenAPI document.
import { z } from 'zod';
import { unknownPlaceholders, unknownPlaceholdersMessage } from './reply-placeholders.ts';

export const replyChannels = ['email', 'sms', 'wechat'] as const;
export type ReplyChannel = (typeof replyChannels)[number];

// Names the unknown placeholders, so the person writing the template sees what to fix.
const placeholdersKnown = (text: string, context: z.RefinementCtx) => {
  const unknown = unknownPlaceholders(text);
  if (unknown.length) context.addIssue({ code: 'custom', message: unknownPlaceholdersMessage(unknown) });
};

export const templateSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    // null: usable on every channel.
    channel: z.enum(replyChannels).nullable().default(null),
    lang: z.enum(['en', 'zh-CN']).default('zh-CN'),
    subject: z.string().trim().max(200).superRefine(placeholdersKnown).default(''),
    // Placeholders: {{customer_name}}, {{case_number}}, {{agent_name}}, {{org_name}}.
    body: z.string().trim().min(1).max(5000).superRefine(placeholdersKnown),
  })
  .strict();
export type TemplateInput = z.output<typeof templateSchema>;

export const sendReplySchema = z
  .object({
    channel: z.enum(replyChannels),
    // The template the reply was written from; its subject and body are used when none are given.
    template_id: z.uuid().optional(),
    subject: z.string().trim().max(200).superRefine(placeholdersKnown).optional(),
    body: z.string().trim().min(1).max(5000).superRefine(placeholdersKnown).optional(),
    // Defaults to the customer's most recent e-mail address (email) or phone number (sms).
    address: z.string().trim().min(3).max(254).optional(),
  })
  .strict()
  .refine((input) => input.body !== undefined || input.template_id !== undefined, { message: 'write a body or choose a template', path: ['body'] });
export type SendReplyInput = z.output<typeof sendReplySchema>;

export const SEND_REPLY_JOB = 'cases:send_reply';
// Attempts count transient failures (server down, gateway overloaded); a refusal fails the reply at once.
export const sendReplyJobPayload = z.object({ orgId: z.uuid(), replyId: z.uuid(), attempt: z.number().int().min(1).max(100).default(1) });
