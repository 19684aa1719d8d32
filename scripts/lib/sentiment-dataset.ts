// Turns labelled texts into sparse training rows with the exact feature code the engine uses at
// inference (src/domain/text/sentiment/document.ts).

import { normalizeText } from '../../src/domain/text/core/normalize.ts';
import { tokenize } from '../../src/domain/text/core/segment.ts';
import type { Token } from '../../src/domain/text/core/tokens.ts';
import type { ClauseWeights } from '../../src/domain/text/sentiment/clauses.ts';
import { documentFeatures } from '../../src/domain/text/sentiment/document.ts';
import { FeatureBuffer, type FeatureConfig } from '../../src/domain/text/sentiment/features.ts';
import { SparseRowsBuilder, type SparseRows } from '../../src/domain/text/ml/sparse.ts';

export interface PreparedDoc {
  norm: string;
  tokens: Token[];
  label: number;
  domain: string;
}

export function prepare(items: Array<{ text: string; label?: string; domain?: string }>, labels: string[]): PreparedDoc[] {
  return items.map((it) => {
    const norm = normalizeText(it.text);
    return { norm, tokens: tokenize(norm), label: labels.indexOf(it.label ?? ''), domain: it.domain ?? '' };
  });
}

export interface HashedDocs {
  offsets: Int32Array;
  keys: Uint32Array;
  values: Float32Array;
}

/** Hashed features of each document, values already multiplied by clause weights. */
export function hashDocs(docs: PreparedDoc[], weights: ClauseWeights, cfg: FeatureConfig): HashedDocs {
  const buf = new FeatureBuffer();
  const offsets = new Int32Array(docs.length + 1);
  let keys = new Uint32Array(1 << 20);
  let values = new Float32Array(1 << 20);
  let n = 0;
  docs.forEach((d, i) => {
    const { clauses } = documentFeatures(d.norm, d.tokens, weights, cfg, buf, false);
    if (n + buf.n > keys.length) {
      const k2 = new Uint32Array(keys.length * 2);
      k2.set(keys);
      keys = k2;
      const v2 = new Float32Array(values.length * 2);
      v2.set(values);
      values = v2;
    }
    for (let j = 0; j < buf.n; j++) {
      keys[n] = buf.keys[j] as number;
      values[n] = (buf.values[j] as number) * (clauses[buf.clause[j] as number]?.weight ?? 1);
      n++;
    }
    offsets[i + 1] = n;
  });
  return { offsets, keys: keys.subarray(0, n), values: values.subarray(0, n) };
}

/** Vocabulary: keys present in at least `minCount` training documents. */
export function buildVocab(h: HashedDocs, minCount: number, always: number[]): Map<number, number> {
  const df = new Map<number, number>();
  const rows = h.offsets.length - 1;
  for (let r = 0; r < rows; r++) {
    const seen = new Set<number>();
    for (let j = h.offsets[r] as number; j < (h.offsets[r + 1] as number); j++) seen.add(h.keys[j] as number);
    for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const vocab = new Map<number, number>();
  for (const k of always) vocab.set(k, vocab.size);
  for (const [k, c] of [...df.entries()].sort((a, b) => a[0] - b[0])) if (c >= minCount && !vocab.has(k)) vocab.set(k, vocab.size);
  return vocab;
}

export function toRows(h: HashedDocs, vocab: Map<number, number>): SparseRows {
  const b = new SparseRowsBuilder();
  const rows = h.offsets.length - 1;
  const idx: number[] = [];
  const val: number[] = [];
  for (let r = 0; r < rows; r++) {
    idx.length = 0;
    val.length = 0;
    for (let j = h.offsets[r] as number; j < (h.offsets[r + 1] as number); j++) {
      const v = vocab.get(h.keys[j] as number);
      if (v === undefined) continue;
      idx.push(v);
      val.push(h.values[j] as number);
    }
    b.addRow(idx, val);
  }
  return b.build();
}
