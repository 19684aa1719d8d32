// Naive-Bayes feature scaling for a binary linear model (NBSVM, Wang & Manning 2012): each feature
// is multiplied by |log-count ratio| between the classes before logistic regression is fitted, so
// words that separate the classes in the counts start out strong and words that occur in both
// start out weak. Trained on the scaled rows, the model's weights are multiplied by the same
// ratios afterwards: inference sees an ordinary linear model over the original features.

import type { SparseRows } from './sparse.ts';

/**
 * |log(p_f / |p|) − log(q_f / |q|)| per feature, with p_f / q_f the occurrences of f in
 * positive / negative rows (label 1 / 0) plus `smoothing`. Features [0, unscaled) (dense summary features) get 1.
 */
export function naiveBayesRatios(rows: SparseRows, labels: ArrayLike<number>, dim: number, smoothing: number, unscaled: number): Float64Array {
  const positive = new Float64Array(dim).fill(smoothing);
  const negative = new Float64Array(dim).fill(smoothing);
  for (let r = 0; r < rows.rows; r++) {
    const counts = labels[r] === 1 ? positive : negative;
    for (let j = rows.offsets[r] as number; j < (rows.offsets[r + 1] as number); j++) {
      const f = rows.idx[j] as number;
      counts[f] = (counts[f] as number) + 1;
    }
  }
  let positiveTotal = 0;
  let negativeTotal = 0;
  for (let f = 0; f < dim; f++) {
    positiveTotal += positive[f] as number;
    negativeTotal += negative[f] as number;
  }
  const ratios = new Float64Array(dim);
  for (let f = 0; f < dim; f++) {
    ratios[f] = f < unscaled ? 1 : Math.abs(Math.log((positive[f] as number) / positiveTotal) - Math.log((negative[f] as number) / negativeTotal));
  }
  return ratios;
}

/** Multiplies every stored value by its feature's ratio (in place). */
export function scaleRows(rows: SparseRows, ratios: Float64Array): void {
  for (let j = 0; j < rows.idx.length; j++) rows.val[j] = (rows.val[j] as number) * (ratios[rows.idx[j] as number] as number);
}
