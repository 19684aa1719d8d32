// Logistic regression trained with FTRL-Proximal (McMahan et al. 2013): per-coordinate adaptive
// learning rates plus L1, which drives most weights to exactly zero and so keeps shipped models
// small. One class → binary (sigmoid); K ≥ 2 classes → softmax. Deterministic given the seed.

import { mulberry32, shuffleInPlace } from '../core/prng.ts';
import type { SparseRows } from './sparse.ts';

export interface FtrlOptions {
  /** 1 for binary (labels 0/1), else number of classes (labels 0..K-1). */
  classes: number;
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  epochs: number;
  seed: number;
  /** Optional per-row weight (class balancing). */
  rowWeights?: Float32Array;
  /** Features [0, n) are exempt from L1/L2 (dense summary features such as lexicon scores). */
  unregularized?: number;
}

export interface LinearModel {
  classes: number;
  dim: number;
  /** dim × classes, row-major by feature. */
  weights: Float32Array;
  bias: Float32Array;
}

export function trainFtrl(data: SparseRows, labels: Int32Array, dim: number, o: FtrlOptions): LinearModel {
  const K = o.classes;
  const z = new Float64Array(dim * K);
  const n = new Float64Array(dim * K);
  const bz = new Float64Array(K);
  const bn = new Float64Array(K);
  const w = new Float64Array(K);
  const p = new Float64Array(K);
  const order = Array.from({ length: data.rows }, (_, i) => i);
  const rand = mulberry32(o.seed);
  const free = o.unregularized ?? 0;
  const weightOf = (zi: number, ni: number, l1: number, l2: number): number =>
    Math.abs(zi) <= l1 ? 0 : -(zi - Math.sign(zi) * l1) / ((o.beta + Math.sqrt(ni)) / o.alpha + l2);

  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(order, rand);
    for (const r of order) {
      const start = data.offsets[r] as number;
      const end = data.offsets[r + 1] as number;
      for (let k = 0; k < K; k++) w[k] = weightOf(bz[k] as number, bn[k] as number, 0, 0);
      for (let j = start; j < end; j++) {
        const f = data.idx[j] as number;
        const base = f * K;
        const x = data.val[j] as number;
        const l1 = f < free ? 0 : o.l1;
        const l2 = f < free ? 0 : o.l2;
        for (let k = 0; k < K; k++) w[k] = (w[k] as number) + x * weightOf(z[base + k] as number, n[base + k] as number, l1, l2);
      }
      const y = labels[r] as number;
      const rw = o.rowWeights ? (o.rowWeights[r] as number) : 1;
      if (K === 1) p[0] = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, w[0] as number))));
      else softmax(w, p, K);
      for (let k = 0; k < K; k++) {
        const target = K === 1 ? y : y === k ? 1 : 0;
        const g = ((p[k] as number) - target) * rw;
        if (g === 0) continue;
        // Bias: unregularised coordinate.
        const bwk = weightOf(bz[k] as number, bn[k] as number, 0, 0);
        bz[k] = (bz[k] as number) + g - ((Math.sqrt((bn[k] as number) + g * g) - Math.sqrt(bn[k] as number)) / o.alpha) * bwk;
        bn[k] = (bn[k] as number) + g * g;
        for (let j = start; j < end; j++) {
          const f = data.idx[j] as number;
          const c = f * K + k;
          const gi = g * (data.val[j] as number);
          const ni = n[c] as number;
          const wi = f < free ? weightOf(z[c] as number, ni, 0, 0) : weightOf(z[c] as number, ni, o.l1, o.l2);
          z[c] = (z[c] as number) + gi - ((Math.sqrt(ni + gi * gi) - Math.sqrt(ni)) / o.alpha) * wi;
          n[c] = ni + gi * gi;
        }
      }
    }
  }
  const weights = new Float32Array(dim * K);
  for (let c = 0; c < dim * K; c++) {
    const free_ = Math.floor(c / K) < free;
    weights[c] = weightOf(z[c] as number, n[c] as number, free_ ? 0 : o.l1, free_ ? 0 : o.l2);
  }
  const bias = new Float32Array(K);
  for (let k = 0; k < K; k++) bias[k] = weightOf(bz[k] as number, bn[k] as number, 0, 0);
  return { classes: K, dim, weights, bias };
}

function softmax(z: Float64Array, out: Float64Array, K: number): void {
  let max = -Infinity;
  for (let k = 0; k < K; k++) if ((z[k] as number) > max) max = z[k] as number;
  let s = 0;
  for (let k = 0; k < K; k++) {
    const e = Math.exp((z[k] as number) - max);
    out[k] = e;
    s += e;
  }
  for (let k = 0; k < K; k++) out[k] = (out[k] as number) / s;
}

/** Raw scores (logits) of one sparse row. */
export function scoreRow(m: LinearModel, idx: ArrayLike<number>, val: ArrayLike<number>, count: number, out: Float64Array): void {
  for (let k = 0; k < m.classes; k++) out[k] = m.bias[k] as number;
  for (let j = 0; j < count; j++) {
    const base = (idx[j] as number) * m.classes;
    const x = val[j] as number;
    for (let k = 0; k < m.classes; k++) out[k] = (out[k] as number) + x * (m.weights[base + k] as number);
  }
}
