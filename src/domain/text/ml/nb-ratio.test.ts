import { describe, expect, it } from 'vitest';
import { naiveBayesRatios, scaleRows } from './nb-ratio.ts';
import { SparseRowsBuilder } from './sparse.ts';

describe('naiveBayesRatios', () => {
  // feature 0: dense (never scaled); 1: only in positive rows; 2: in every row; 3: mostly negative.
  const b = new SparseRowsBuilder();
  b.addRow([0, 1, 2], [5, 1, 1]);
  b.addRow([0, 1, 2], [5, 1, 1]);
  b.addRow([0, 2, 3], [5, 1, 1]);
  b.addRow([0, 2, 3], [5, 1, 1]);
  b.addRow([0, 2, 3, 1], [5, 1, 1, 1]);
  const labels = [1, 1, 0, 0, 0];

  it('weighs class-separating features up, shared ones down, and leaves dense features alone', () => {
    const rows = b.build();
    const r = naiveBayesRatios(rows, labels, 4, 0.5, 1);
    expect(r[0]).toBe(1);
    // p = [smoothed counts] positive: f1 2.5, f2 2.5, f3 0.5 (+ f0 2.5) → total 8; negative: f1 1.5, f2 3.5, f3 3.5, f0 3.5 → 12.
    expect(r[1]).toBeCloseTo(Math.abs(Math.log(2.5 / 8) - Math.log(1.5 / 12)), 10);
    expect(r[3]).toBeCloseTo(Math.abs(Math.log(0.5 / 8) - Math.log(3.5 / 12)), 10);
    expect(r[2] as number).toBeLessThan(r[1] as number);
    expect(r[2] as number).toBeLessThan(r[3] as number);
    scaleRows(rows, r);
    expect(Array.from(rows.val.subarray(0, 3))).toEqual([5, Math.fround(r[1] as number), Math.fround(r[2] as number)]);
  });
});
