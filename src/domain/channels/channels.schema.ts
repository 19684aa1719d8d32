// Input shapes for channels. A channel key is the stable identifier used by ingestion and analytics.
import { z } from 'zod';

export const channelKinds = ['digital', 'physical', 'assisted', 'messaging', 'social'] as const;
export const channelKeySchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be lower-case letters, digits or _, starting with a letter (max 40)');
const displayName = z.string().trim().min(1).max(100);

export const createChannelSchema = z
  .object({ key: channelKeySchema, name_en: displayName.optional(), name_zh: displayName.optional(), kind: z.enum(channelKinds) })
  .strict()
  .refine((value) => value.name_en !== undefined || value.name_zh !== undefined, { message: 'give name_en or name_zh', path: ['name_en'] });

export const updateChannelSchema = z
  .object({ name_en: displayName.nullable().optional(), name_zh: displayName.nullable().optional(), kind: z.enum(channelKinds).optional() })
  .strict();

export type ChannelKind = (typeof channelKinds)[number];
