// Shapes of alert rules (item conditions, aggregate tests, churn thresholds), alert filters and
// status changes. The same schemas validate the API, the CLI and jobs, and describe the OpenAPI document.
import { z } from 'zod';

export const itemFields = [
  'nps', 'csat', 'ces', 'stars', 'sentiment_label', 'sentiment_score', 'themes', 'mentioned_channels',
  'channel', 'source', 'touchpoint_id', 'lang', 'text', 'breakpoint', 'customer_tier', 'customer_id',
] as const;
export type ItemField = (typeof itemFields)[number];

export const operators = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'in', 'contains', 'contains_any', 'exists'] as const;
export type Operator = (typeof operators)[number];

const conditionValue = z.union([z.string().max(500), z.number(), z.boolean(), z.array(z.union([z.string().max(200), z.number()])).max(100)]);

export const conditionSchema = z
  .object({ field: z.enum(itemFields), operator: z.enum(operators), value: conditionValue.optional() })
  .strict()
  .superRefine((condition, context) => {
    if (condition.operator !== 'exists' && condition.value === undefined) context.addIssue({ code: 'custom', path: ['value'], message: 'give a value for this operator' });
    if ((condition.operator === 'in' || condition.operator === 'contains_any') && !Array.isArray(condition.value)) {
      context.addIssue({ code: 'custom', path: ['value'], message: 'give a list of values for this operator' });
    }
  });
export type Condition = z.output<typeof conditionSchema>;

// Kept simple on purpose: a top-level ALL/ANY over conditions and one level of ALL/ANY groups.
export const groupSchema = z.object({ match: z.enum(['all', 'any']), conditions: z.array(conditionSchema).min(1).max(20) }).strict();
export const itemConditionSchema = z
  .object({ match: z.enum(['all', 'any']), conditions: z.array(conditionSchema).max(20).default([]), groups: z.array(groupSchema).max(10).default([]) })
  .strict()
  .refine((c) => c.conditions.length + c.groups.length > 0, { message: 'give at least one condition', path: ['conditions'] });
export type ItemCondition = z.output<typeof itemConditionSchema>;

export const aggregateConditionSchema = z.discriminatedUnion('test', [
  z
    .object({
      test: z.literal('nps_drop'),
      touchpoint_id: z.uuid().optional(),
      channel: z.string().min(1).max(50).optional(),
      recent_hours: z.number().int().min(1).max(24 * 30).default(24),
      baseline_days: z.number().int().min(1).max(365).default(28),
      min_samples: z.number().int().min(5).max(100_000).default(30),
      z_threshold: z.number().min(1).max(6).default(2.33),
    })
    .strict(),
  z
    .object({
      test: z.literal('theme_spike'),
      theme: z.string().min(1).max(100).optional(),
      channel: z.string().min(1).max(50).optional(),
      recent_hours: z.number().int().min(1).max(24 * 30).default(24),
      baseline_days: z.number().int().min(1).max(365).default(28),
      min_count: z.number().int().min(1).max(100_000).default(5),
      alpha: z.number().gt(0).max(0.2).default(0.001),
    })
    .strict(),
  z
    .object({
      test: z.literal('volume_drop'),
      channel: z.string().min(1).max(50).optional(),
      source: z.string().min(1).max(50).optional(),
      recent_hours: z.number().int().min(1).max(24 * 30).default(6),
      baseline_days: z.number().int().min(1).max(365).default(14),
      min_expected: z.number().min(1).max(1_000_000).default(20),
      alpha: z.number().gt(0).max(0.2).default(0.001),
    })
    .strict(),
]);
export type AggregateCondition = z.output<typeof aggregateConditionSchema>;

export const churnConditionSchema = z.object({ threshold: z.number().min(1).max(100).default(70) }).strict();
export type ChurnCondition = z.output<typeof churnConditionSchema>;

const ruleCommon = {
  name: z.string().trim().min(1).max(200),
  enabled: z.boolean().default(true),
  severity: z.enum(['info', 'warning', 'critical']).default('warning'),
  dedup_minutes: z.number().int().min(0).max(10080).default(60),
  max_per_hour: z.number().int().min(1).max(100_000).default(20),
  channel_ids: z.array(z.uuid()).max(20).default([]),
  // Item rules open a case for what they catch (or add it to the customer's open case) at this priority.
  open_case_priority: z.enum(['low', 'normal', 'high', 'urgent']).nullable().default(null),
};

export const saveRuleSchema = z.discriminatedUnion('kind', [
  z.object({ ...ruleCommon, kind: z.literal('item'), condition: itemConditionSchema }).strict(),
  z.object({ ...ruleCommon, kind: z.literal('aggregate'), condition: aggregateConditionSchema }).strict(),
  z.object({ ...ruleCommon, kind: z.literal('churn'), condition: churnConditionSchema }).strict(),
]);
export type SaveRuleInput = z.output<typeof saveRuleSchema>;

export const alertStatuses = ['open', 'acknowledged', 'snoozed', 'resolved'] as const;
export type AlertStatus = (typeof alertStatuses)[number];

export const alertFilterSchema = z
  .object({
    status: z.enum([...alertStatuses, 'active']).optional(),
    kind: z.enum(['item', 'aggregate', 'churn']).optional(),
    severity: z.enum(['info', 'warning', 'critical']).optional(),
    rule_id: z.uuid().optional(),
    customer_id: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type AlertFilter = z.output<typeof alertFilterSchema>;

export const alertActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('acknowledge') }).strict(),
  z.object({ action: z.literal('snooze'), until: z.iso.datetime({ offset: true }) }).strict(),
  z.object({ action: z.literal('resolve') }).strict(),
  z.object({ action: z.literal('reopen') }).strict(),
]);
export type AlertAction = z.output<typeof alertActionSchema>;

/** Words customers use when they are about to leave; the default value of churn-intent conditions. */
export const CHURN_PHRASES = ['退订', '销户', '注销', '退会', '不再使用', '换一家', '投诉到', 'cancel', 'unsubscribe', 'close my account', 'switch to', 'terminate'];

export const EVALUATE_ITEMS_JOB = 'alerts:evaluate_items';
export const evaluateItemsPayloadSchema = z.object({ orgId: z.uuid(), ids: z.array(z.uuid()).min(1).max(1000) });
