import { describe, expect, it } from 'vitest';
import { scoreRow, trainFtrl } from './ftrl.ts';
import { SparseRowsBuilder } from './sparse.ts';

function toyData(): { rows: ReturnType<SparseRowsBuilder['build']>; labels: Int32Array } {
  // feature 0 → class 1, feature 1 → class 0, feature 2 is noise.
  const b = new SparseRowsBuilder();
  const labels: number[] = [];
  for (let i = 0; i < 200; i++) {
    const y = i % 2;
    b.addRow([y === 1 ? 0 : 1, 2], [1, 1]);
    labels.push(y);
  }
  return { rows: b.build(), labels: Int32Array.from(labels) };
}

describe('trainFtrl', () => {
  it('learns a separable binary problem and is deterministic', () => {
    const { rows, labels } = toyData();
    const opts = { classes: 1, alpha: 0.5, beta: 1, l1: 0.01, l2: 0.01, epochs: 5, seed: 1 };
    const a = trainFtrl(rows, labels, 3, opts);
    const b = trainFtrl(rows, labels, 3, opts);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(a.weights[0]).toBeGreaterThan(1);
    expect(a.weights[1]).toBeLessThan(-1);
    const out = new Float64Array(1);
    scoreRow(a, [0], [1], 1, out);
    expect(out[0]).toBeGreaterThan(0);
  });

  it('trains a softmax model over three classes', () => {
    const b = new SparseRowsBuilder();
    const labels: number[] = [];
    for (let i = 0; i < 300; i++) {
      b.addRow([i % 3], [1]);
      labels.push(i % 3);
    }
    const m = trainFtrl(b.build(), Int32Array.from(labels), 3, { classes: 3, alpha: 0.5, beta: 1, l1: 0, l2: 0.01, epochs: 5, seed: 3 });
    const out = new Float64Array(3);
    for (let k = 0; k < 3; k++) {
      scoreRow(m, [k], [1], 1, out);
      expect(out.indexOf(Math.max(...out))).toBe(k);
    }
  });
});
