// Input shapes for journeys, stages and touchpoints. Names are bilingual; at least one is required.
import { z } from 'zod';
import { channelKeySchema } from '../channels/channels.schema.ts';

export const touchpointMetrics = ['nps', 'csat', 'ces', 'stars'] as const;
const displayName = z.string().trim().min(1).max(200);
const names = { name_en: displayName.nullable().optional(), name_zh: displayName.nullable().optional() };
const needsAName = (value: { name_en?: string | null; name_zh?: string | null }) => Boolean(value.name_en || value.name_zh);
const nameRequired = { message: 'give name_en or name_zh', path: ['name_en'] };
const position = z.number().int().min(0).max(10_000);

export const createJourneySchema = z.object({ ...names, description: z.string().max(2000).optional() }).strict().refine(needsAName, nameRequired);
export const updateJourneySchema = z.object({ ...names, description: z.string().max(2000).optional() }).strict();

export const createStageSchema = z.object({ ...names, position: position.optional() }).strict().refine(needsAName, nameRequired);
export const updateStageSchema = z.object({ ...names, position: position.optional() }).strict();

const metrics = z.array(z.enum(touchpointMetrics)).max(touchpointMetrics.length).transform((list) => [...new Set(list)]);
export const createTouchpointSchema = z
  .object({ ...names, channel: channelKeySchema, metrics: metrics.default([]), position: position.optional() })
  .strict()
  .refine(needsAName, nameRequired);
export const updateTouchpointSchema = z.object({ ...names, channel: channelKeySchema.optional(), metrics: metrics.optional(), position: position.optional() }).strict();

export type NameChanges = { name_en?: string | null; name_zh?: string | null };
