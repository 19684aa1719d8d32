// What a CX manager sends: a channel, recipients with their identifiers, a message template, throttling and a reminder.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import { identifiersSchema } from './surveys.schema.ts';

export const MAX_RECIPIENTS = 10_000;

const recipientSchema = z.object({ address: z.string().trim().min(3).max(254), identifiers: identifiersSchema.optional() }).strict();

export const createDistributionSchema = z
  .object({
    channel: z.enum(['email', 'sms']),
    recipients: z.array(recipientSchema).min(1, 'add at least one recipient').max(MAX_RECIPIENTS, `at most ${MAX_RECIPIENTS} recipients per send`),
    subject: z.string().trim().max(200).optional(),
    // Placeholders: {{link}} (required), {{survey}}, {{name}}, {{opt_out}} (added at the end when missing).
    template: z.string().trim().max(5000).refine((value) => value.includes('{{link}}'), 'must contain {{link}}').optional(),
    lang: z.enum(['en', 'zh-CN']).default('zh-CN'),
    per_minute: z.number().int().min(1).max(10_000).default(60),
    reminder_after_hours: z.number().int().min(1).max(720).nullable().optional(),
  })
  .strict()
  .superRefine((input, context) => {
    input.recipients.forEach((recipient, index) => {
      if (!normaliseAddress(input.channel, recipient.address)) {
        context.addIssue({ code: 'custom', path: ['recipients', index, 'address'], message: input.channel === 'email' ? 'is not an e-mail address' : 'is not a phone number' });
      }
    });
  });

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

/** The address as opt-outs and de-duplication compare it: lower-case e-mail, E.164 phone (China by default). */
export function normaliseAddress(channel: 'email' | 'sms', address: string): string | null {
  const value = address.trim();
  if (channel === 'email') return EMAIL.test(value) ? value.toLowerCase() : null;
  const phone = parsePhoneNumberFromString(value, 'CN');
  return phone?.isValid() ? phone.number : null;
}

export const DEFAULT_TEMPLATES = {
  email: {
    en: { subject: 'A minute of your time: {{survey}}', body: 'Hello {{name}},\n\nHow did we do? Please tell us in this short survey:\n{{link}}\n\nThank you!\n\nNo more survey e-mails: {{opt_out}}' },
    'zh-CN': { subject: '邀请您参与：{{survey}}', body: '{{name}}您好：\n\n感谢您的支持！请花一分钟告诉我们您的体验：\n{{link}}\n\n谢谢！\n\n不想再收到问卷邀请：{{opt_out}}' },
  },
  sms: {
    en: { subject: '', body: 'How did we do? {{link}} Reply-free opt-out: {{opt_out}}' },
    'zh-CN': { subject: '', body: '请评价本次服务：{{link}} 退订：{{opt_out}}' },
  },
} as const;
