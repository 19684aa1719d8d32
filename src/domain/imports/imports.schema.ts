// Inputs of imports: the column mapping (feedback field ← file column), and the settings of a run.
import { z } from 'zod';
import { channelKeySchema } from '../channels/channels.schema.ts';
import { feedbackSources, identifierKinds } from '../feedback/feedback.schema.ts';
import { isValidTimezone } from './parse-date.ts';

export const DIRECT_TARGETS = ['text', 'external_id', 'occurred_at', 'nps', 'csat', 'ces', 'stars', 'channel', 'touchpoint_id'] as const;
export const RATING_TARGETS = ['nps', 'csat', 'ces', 'stars'] as const;

/** "text", "nps", "identifiers.phone", "metadata.store", … */
export const mappingTargetSchema = z.union([
  z.enum(DIRECT_TARGETS),
  z.templateLiteral(['identifiers.', z.enum(identifierKinds)]),
  z.string().regex(/^metadata\.[^\s].{0,99}$/u, 'must be a feedback field, identifiers.<kind> or metadata.<key>'),
]);

export const mappingSchema = z.record(z.string(), z.string().min(1).max(300)).superRefine((mapping, context) => {
  const targets = Object.keys(mapping);
  for (const target of targets) {
    if (!mappingTargetSchema.safeParse(target).success) {
      context.addIssue({
        code: 'custom',
        path: [target],
        message: `is not a feedback field; use ${DIRECT_TARGETS.join(', ')}, identifiers.<${identifierKinds.join('|')}> or metadata.<key>`,
      });
    }
  }
  if (targets.length === 0) context.addIssue({ code: 'custom', message: 'map at least one column' });
  else if (!('text' in mapping) && !RATING_TARGETS.some((target) => target in mapping)) {
    context.addIssue({ code: 'custom', message: 'map a column to text or to a rating (nps, csat, ces, stars)' });
  }
});
export type ImportMapping = z.output<typeof mappingSchema>;

export const importSettingsSchema = z
  .object({
    source: z.enum(feedbackSources),
    channel: channelKeySchema,
    mapping: mappingSchema,
    /** Overrides the detected encoding of a CSV or JSON Lines file (e.g. gbk, gb18030, big5, utf-8). */
    encoding: z.string().trim().min(1).max(40).optional(),
    /** Time zone of dates without a UTC offset: an IANA name or an offset like +08:00. */
    timezone: z.string().trim().min(1).max(60).refine(isValidTimezone, 'is not a known time zone (e.g. Asia/Shanghai, UTC, +08:00)').optional(),
  })
  .strict();
export type ImportSettings = z.output<typeof importSettingsSchema>;

export const previewQuerySchema = z.object({
  encoding: z.string().trim().min(1).max(40).optional(),
  rows: z.coerce.number().int().min(1).max(100).default(20),
});

export const importListSchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** `text=body,external_id=id,identifiers.phone=mobile` (the CLI's --map) → a mapping. */
export function parseMappingOption(option: string): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const pair of option.split(',')) {
    const trimmed = pair.trim();
    if (!trimmed) continue;
    const equals = trimmed.indexOf('=');
    if (equals <= 0 || equals === trimmed.length - 1) throw new Error(`"${trimmed}" is not field=column`);
    mapping[trimmed.slice(0, equals).trim()] = trimmed.slice(equals + 1).trim();
  }
  return mapping;
}
