// The filters every dashboard shares (date range, channel, touchpoint / stage / journey, segment)
// and the per-view options, validated the same way for HTTP, the CLI and jobs.
import { z } from 'zod';
import { channelKeySchema } from '../channels/channels.schema.ts';

// Feedback starts in 2000 (see feedback.schema.ts); a bounded range also bounds the previous period.
const day = z.iso
  .date({ message: 'must be a day, e.g. 2026-05-01' })
  .refine((value) => value >= '2000-01-01' && value <= '2100-12-31', 'must be between 2000-01-01 and 2100-12-31');
const MAX_RANGE_DAYS = 3 * 366;

const filterFields = z.object({
    from: day.optional(),
    to: day.optional(),
    channel: channelKeySchema.optional(),
    touchpoint_id: z.uuid().optional(),
    stage_id: z.uuid().optional(),
    journey_id: z.uuid().optional(),
    segment: z.string().trim().min(1).max(60).optional(),
    grain: z.enum(['day', 'week', 'month']).default('day'),
});
const rangeInOrder = (filter: { from?: string; to?: string }) =>
  !filter.from || !filter.to || (filter.from <= filter.to && Date.parse(filter.to) - Date.parse(filter.from) < MAX_RANGE_DAYS * 86_400_000);
const rangeProblem = { message: `must not be before from, nor more than ${MAX_RANGE_DAYS} days after it`, path: ['to'] };

export const metricsFilterSchema = filterFields.refine(rangeInOrder, rangeProblem);
export type MetricsFilter = z.output<typeof metricsFilterSchema>;

export const breakdownDimensions = ['channel', 'touchpoint', 'stage', 'journey', 'segment', 'theme'] as const;
export const breakdownSchema = filterFields.extend({ by: z.enum(breakdownDimensions) }).refine(rangeInOrder, rangeProblem);

export const trendSchema = filterFields.extend({ theme: z.string().min(1).max(100).optional() }).refine(rangeInOrder, rangeProblem);

export const summarySchema = filterFields.extend({ lang: z.enum(['en', 'zh-CN']).optional() }).refine(rangeInOrder, rangeProblem);

export const themeVerbatimsSchema = filterFields
  .extend({ limit: z.coerce.number().int().min(1).max(50).default(20), sentiment: z.enum(['positive', 'neutral', 'negative']).optional() })
  .refine(rangeInOrder, rangeProblem);

const cell = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);
export const tableExportSchema = z
  .object({
    title: z.string().trim().min(1).max(120),
    columns: z.array(z.string().max(200)).min(1).max(50),
    rows: z.array(z.array(cell).max(50)).max(50_000),
  })
  .strict();
export type TableExport = z.output<typeof tableExportSchema>;

// The summary e-mail an admin schedules: who receives it, how often, in which language.
export const SUMMARY_FREQUENCIES = ['daily', 'weekly'] as const;
export const MAX_SUMMARY_RECIPIENTS = 20;
export const summaryScheduleSchema = z
  .object({
    enabled: z.boolean(),
    frequency: z.enum(SUMMARY_FREQUENCIES),
    recipients: z
      .array(z.email({ message: 'must be an e-mail address' }).max(254))
      .max(MAX_SUMMARY_RECIPIENTS, `must have at most ${MAX_SUMMARY_RECIPIENTS} addresses`)
      .refine((list) => new Set(list.map((address) => address.toLowerCase())).size === list.length, 'must not repeat an address'),
    language: z.enum(['en', 'zh-CN']).default('en'),
  })
  .strict()
  .refine((schedule) => !schedule.enabled || schedule.recipients.length > 0, { message: 'must have at least one address while the summary is enabled', path: ['recipients'] });
export type SummarySchedule = z.output<typeof summaryScheduleSchema>;

export const SEND_SUMMARY_JOB = 'metrics:send_summary';
export const sendSummaryPayloadSchema = z.object({ orgId: z.uuid(), frequency: z.enum(SUMMARY_FREQUENCIES) }).strict();
