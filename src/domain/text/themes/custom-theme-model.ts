// The stored form of an organisation's custom-theme classifier (JSON, kept per organisation in
// PostgreSQL) and its decoded in-memory form. Feature hashes and idf are packed arrays; weights
// are sparse (feature, class, weight) triples, int16-quantised.

import { z } from 'zod';

export const customThemeModelSchema = z.object({
  format: z.literal('openvoc-custom-themes/1'),
  /** single: exactly one theme per text (softmax); multi: any number (one-vs-rest). */
  mode: z.enum(['single', 'multi']),
  labels: z.array(z.string().min(1)).min(1),
  /** Minimum probability for a theme to be assigned. */
  threshold: z.number().min(0).max(1),
  bias: z.array(z.number()),
  count: z.number().int().nonnegative(),
  keys: z.string(),
  idf: z.string(),
  idfScale: z.number().positive(),
  entries: z.string(),
  scale: z.number().positive(),
  training: z.record(z.string(), z.unknown()),
});

export type CustomThemeModel = z.infer<typeof customThemeModelSchema>;

export interface DecodedCustomModel {
  mode: 'single' | 'multi';
  labels: string[];
  threshold: number;
  bias: Float64Array;
  /** feature hash → index into idf / rows. */
  index: Map<number, number>;
  idf: Float32Array;
  /** per feature: the classes it has weights for, and those weights. */
  rowClasses: Uint16Array[];
  rowWeights: Float32Array[];
}

export function encodeEntries(triples: Array<[number, number, number]>, scale: number): string {
  const buf = Buffer.alloc(triples.length * 8);
  triples.forEach(([f, k, w], i) => {
    buf.writeUInt32LE(f, i * 8);
    buf.writeUInt16LE(k, i * 8 + 4);
    buf.writeInt16LE(Math.max(-32767, Math.min(32767, Math.round(w / scale))), i * 8 + 6);
  });
  return buf.toString('base64');
}

export function decodeEntries(b64: string, scale: number, features: number): { classes: Uint16Array[]; weights: Float32Array[] } {
  const buf = Buffer.from(b64, 'base64');
  const n = buf.length >>> 3;
  const perFeature = new Uint32Array(features);
  for (let i = 0; i < n; i++) {
    const f = buf.readUInt32LE(i * 8);
    if (f < features) perFeature[f] = (perFeature[f] as number) + 1;
  }
  const classes = Array.from(perFeature, (c) => new Uint16Array(c));
  const weights = Array.from(perFeature, (c) => new Float32Array(c));
  const fill = new Uint32Array(features);
  for (let i = 0; i < n; i++) {
    const f = buf.readUInt32LE(i * 8);
    if (f >= features) continue;
    const j = fill[f] as number;
    (classes[f] as Uint16Array)[j] = buf.readUInt16LE(i * 8 + 4);
    (weights[f] as Float32Array)[j] = buf.readInt16LE(i * 8 + 6) * scale;
    fill[f] = j + 1;
  }
  return { classes, weights };
}
