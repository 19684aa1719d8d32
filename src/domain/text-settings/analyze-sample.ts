// "Try it": analyses a text with the organisation's settings without storing anything, so admins
// can see why an item gets its labels before and after changing the taxonomy.
import { z } from 'zod';
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { analyzeText, type TextAnalysis } from '../text/index.ts';
import { textAnalysisOptions } from './text-analysis-options.ts';
import { canReadTextSettings } from './text-settings.policy.ts';

export const analyzeSampleSchema = z.object({ text: z.string().min(1).max(20_000), channel: z.string().max(40).optional() }).strict();

export async function analyzeSample(db: Db, actor: Actor, rawInput: unknown): Promise<TextAnalysis> {
  authorize(canReadTextSettings(actor), 'analyse text');
  const input = parseInput(analyzeSampleSchema, rawInput);
  return analyzeText({ text: input.text, channel: input.channel ?? null }, await textAnalysisOptions(db, actor.orgId));
}
