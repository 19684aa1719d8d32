// The on-disk format of a sentiment model (models/sentiment-*.json) and its in-memory form.
// Weights are stored as sorted 32-bit feature hashes plus int16-quantised weights, base64
// encoded: about 8 bytes per kept feature in JSON. A binary model (one logit) is expanded at load
// time to the same three-class form as a multinomial one (bias and a fixed neutral logit), so that
// the scorer has one code path for Chinese, English and mixed texts.

import { z } from 'zod';
import { packInt16, packUint32, unpackInt16, unpackUint32 } from '../core/base64-arrays.ts';
import { FeatureTable } from '../core/feature-table.ts';
import type { ClauseWeights } from './clauses.ts';
import type { FeatureConfig } from './features.ts';

export const sentimentModelFileSchema = z.object({
  format: z.literal('openvoc-sentiment/1'),
  lang: z.enum(['zh', 'en']),
  classes: z.union([z.tuple([z.literal('negative'), z.literal('positive')]), z.tuple([z.literal('negative'), z.literal('neutral'), z.literal('positive')])]),
  features: z.object({
    wordBigrams: z.boolean(),
    charBigrams: z.boolean(),
    negScopeHan: z.number().int(),
    lexicon: z.boolean(),
    lexiconScale: z.number(),
    neutralTopicWords: z.boolean().optional(),
  }),
  clauseWeights: z.object({ before: z.number(), after: z.number() }),
  /** Binary models only: logit of "neutral" (|logit| below 2× this reads as neutral). */
  neutralLogit: z.number().optional(),
  /** Below this much total evidence (in logits) an item is neutral; chosen on dev. Default 0.35. */
  minEvidence: z.number().optional(),
  bias: z.array(z.number()),
  scale: z.number().positive(),
  count: z.number().int(),
  keys: z.string(),
  weights: z.string(),
  training: z.record(z.string(), z.unknown()),
});

export type SentimentModelFile = z.infer<typeof sentimentModelFileSchema>;

export interface SentimentModel {
  lang: 'zh' | 'en';
  features: FeatureConfig;
  clauseWeights: ClauseWeights;
  /** Three-class (negative, neutral, positive) bias. */
  bias: [number, number, number];
  /** Below this much total evidence (in logits) an item is neutral whatever its sign. */
  minEvidence: number;
  table: FeatureTable;
}

export const DEFAULT_MIN_EVIDENCE = 0.35;

export function decodeModel(file: SentimentModelFile): SentimentModel {
  const keys = unpackUint32(file.keys);
  const raw = unpackInt16(file.weights, file.scale);
  const binary = file.classes.length === 2;
  // Binary models keep one weight per feature (half the memory, fewer cache misses); the scorer
  // reads w as (-w/2, 0, +w/2) over (negative, neutral, positive).
  const K = binary ? 1 : 3;
  let max = 0;
  for (const w of raw) max = Math.max(max, Math.abs(w));
  const table = new FeatureTable(keys.length, K, max);
  for (let i = 0; i < keys.length; i++) table.set(keys[i] as number, raw.subarray(i * K, i * K + K));
  const b = file.bias;
  const bias: [number, number, number] = binary
    ? [-(b[0] ?? 0) / 2, file.neutralLogit ?? 0, (b[0] ?? 0) / 2]
    : [b[0] ?? 0, b[1] ?? 0, b[2] ?? 0];
  return { lang: file.lang, features: file.features, clauseWeights: file.clauseWeights, bias, minEvidence: file.minEvidence ?? DEFAULT_MIN_EVIDENCE, table };
}

/** Builds the file form from trained weights (`weights` is keys.length × classes, row-major). */
export function encodeModel(
  meta: Omit<SentimentModelFile, 'format' | 'scale' | 'count' | 'keys' | 'weights'>,
  keys: Uint32Array,
  weights: Float32Array,
): SentimentModelFile {
  const K = meta.classes.length === 2 ? 1 : 3;
  const order = Array.from(keys.keys()).sort((a, b) => (keys[a] as number) - (keys[b] as number));
  const sortedKeys = new Uint32Array(order.length);
  const sortedW = new Float32Array(order.length * K);
  let max = 0;
  order.forEach((src, dst) => {
    sortedKeys[dst] = keys[src] as number;
    for (let k = 0; k < K; k++) {
      const w = weights[src * K + k] as number;
      sortedW[dst * K + k] = w;
      max = Math.max(max, Math.abs(w));
    }
  });
  const scale = max > 0 ? max / 32767 : 1;
  return {
    format: 'openvoc-sentiment/1',
    ...meta,
    scale,
    count: sortedKeys.length,
    keys: packUint32(sortedKeys),
    weights: packInt16(sortedW, scale),
  };
}
