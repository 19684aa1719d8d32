import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, compareCounts, consistencyScore, mean, netScore, proportion, Z_95 } from './statistics.ts';

describe('netScore (NPS)', () => {
  it('computes NPS, its standard error and 95% interval from promoter / detractor counts', () => {
    // 50 promoters, 30 passives, 20 detractors: scores +1×50, 0×30, −1×20.
    const e = netScore(100, 50, 20);
    const scores = [...Array(50).fill(1), ...Array(30).fill(0), ...Array(20).fill(-1)] as number[];
    const m = scores.reduce((a, b) => a + b, 0) / 100;
    const variance = scores.reduce((a, b) => a + (b - m) ** 2, 0) / 100;
    expect(e.value).toBeCloseTo(30, 10);
    expect(e.se).toBeCloseTo(100 * Math.sqrt(variance / 100), 10);
    expect(e.ci![0]).toBeCloseTo(30 - Z_95 * e.se!, 10);
    expect(e.ci![1]).toBeCloseTo(30 + Z_95 * e.se!, 10);
  });

  it('has no value without responses and keeps the interval inside −100..100', () => {
    expect(netScore(0, 0, 0)).toEqual({ value: null, n: 0, se: null, ci: null });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), (n, a, b) => {
        const plus = Math.min(a, n);
        const minus = Math.min(b, n - plus);
        const e = netScore(n, plus, minus);
        return e.ci![0] >= -100 && e.ci![1] <= 100 && e.ci![0] <= e.value! && e.value! <= e.ci![1];
      }),
    );
  });
});

describe('proportion (CSAT % satisfied)', () => {
  it('uses the Wilson interval, which stays inside 0..100 even at 100%', () => {
    const e = proportion(10, 10);
    expect(e.value).toBe(100);
    expect(e.ci![1]).toBeCloseTo(100, 10);
    expect(e.ci![0]).toBeCloseTo(72.25, 1); // Wilson lower bound for 10/10
  });

  it('matches the textbook Wilson interval for 40/50', () => {
    const e = proportion(50, 40);
    expect(e.ci![0]).toBeCloseTo(66.96, 1);
    expect(e.ci![1]).toBeCloseTo(88.76, 1);
  });
});

describe('mean (CSAT / CES)', () => {
  it('derives the sample standard error from sum and sum of squares', () => {
    const values = [1, 2, 3, 4, 5, 5, 4];
    const sum = values.reduce((a, b) => a + b, 0);
    const sq = values.reduce((a, b) => a + b * b, 0);
    const m = sum / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / (values.length - 1));
    const e = mean(values.length, sum, sq);
    expect(e.value).toBeCloseTo(m, 10);
    expect(e.se).toBeCloseTo(sd / Math.sqrt(values.length), 10);
  });
});

describe('compare (period over period)', () => {
  it('never flags a change when either period has fewer than 30 responses, however large', () => {
    const change = compare(netScore(12, 0, 12), netScore(200, 200, 0));
    expect(change.delta).toBe(-200);
    expect(change.insufficient).toBe(true);
    expect(change.significant).toBe(false);
    expect(change.direction).toBe('flat');
  });

  it('flags a significant drop with enough responses, and not a small wobble', () => {
    const drop = compare(netScore(400, 120, 160), netScore(400, 200, 80));
    expect(drop.significant).toBe(true);
    expect(drop.direction).toBe('down');
    expect(drop.z!).toBeLessThan(-Z_95);
    const wobble = compare(netScore(400, 200, 82), netScore(400, 200, 80));
    expect(wobble.significant).toBe(false);
  });

  it('tests volume changes as Poisson counts', () => {
    expect(compareCounts(200, 100)).toMatchObject({ delta: 100, significant: true, direction: 'up' });
    expect(compareCounts(105, 100)).toMatchObject({ significant: false });
    expect(compareCounts(20, 2)).toMatchObject({ significant: false, insufficient: true });
  });
});

describe('consistencyScore', () => {
  it('is 100 when every channel agrees and drops as they diverge; ignores tiny channels', () => {
    expect(consistencyScore([{ n: 100, value: 20 }, { n: 100, value: 20 }])).toBe(100);
    expect(consistencyScore([{ n: 100, value: 50 }, { n: 100, value: -50 }])).toBe(75);
    expect(consistencyScore([{ n: 100, value: 50 }, { n: 5, value: -100 }])).toBeNull();
  });
});
