// Shapes of action plans: what they answer (a theme or a cross-channel breakpoint), who owns them,
// by when, and which metric they should move. The same schema validates the API, the CLI and jobs.
import { z } from 'zod';
import { channelKeySchema } from '../channels/channels.schema.ts';

export const planMetrics = ['nps', 'csat', 'ces', 'sentiment', 'negative_share', 'volume'] as const;
export type PlanMetric = (typeof planMetrics)[number];
export const planStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type PlanStatus = (typeof planStatuses)[number];
export const planDirections = ['increase', 'decrease'] as const;

// Bounded like the metrics filters, so no date reaches PostgreSQL out of its range.
const inRange = (value: string) => value.slice(0, 10) >= '2000-01-01' && value.slice(0, 10) <= '2100-12-31';
const RANGE_MESSAGE = 'must be between 2000-01-01 and 2100-12-31';
const day = z.iso.date({ message: 'must be a day, e.g. 2026-05-01' }).refine(inRange, RANGE_MESSAGE);

export const planSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('theme'), theme_id: z.string().trim().min(1).max(100) }).strict(),
  z.object({ kind: z.literal('breakpoint'), from_channel: channelKeySchema, to_channel: channelKeySchema }).strict(),
]);
export type PlanSource = z.output<typeof planSourceSchema>;

export const savePlanSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(5000).default(''),
    source: planSourceSchema,
    owner_team_id: z.uuid().nullable().default(null),
    due_date: day.nullable().default(null),
    metric: z.enum(planMetrics),
    direction: z.enum(planDirections),
    target: z.number().min(-1_000_000).max(1_000_000).nullable().default(null),
    status: z.enum(planStatuses).default('open'),
    // Absent: the plan takes effect when it is created (or keeps its moment when edited).
    started_at: z.iso.datetime({ offset: true, message: 'must be a moment, e.g. 2026-05-01T09:00:00Z' }).refine(inRange, RANGE_MESSAGE).optional(),
    baseline_days: z.number().int().min(7).max(365).default(30),
  })
  .strict()
  .refine((plan) => plan.source.kind !== 'breakpoint' || plan.source.from_channel !== plan.source.to_channel, {
    message: 'must differ from from_channel',
    path: ['source', 'to_channel'],
  });
export type SavePlanInput = z.output<typeof savePlanSchema>;

export const planFilterSchema = z
  .object({ status: z.enum(planStatuses).optional(), owner_team_id: z.uuid().optional(), theme_id: z.string().min(1).max(100).optional() })
  .strict();
