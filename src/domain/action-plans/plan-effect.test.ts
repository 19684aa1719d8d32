import { describe, expect, it } from 'vitest';
import type { WindowSums } from './action-plans.repo.ts';
import { estimateOf, planEffect, planWindows, volumeRate } from './plan-effect.ts';

const started = new Date('2026-06-10T12:00:00Z');

describe('planWindows', () => {
  it('puts the baseline before the start and an equally long window after it, cut at now', () => {
    const windows = planWindows(started, 30, new Date('2026-06-20T12:00:00Z'));
    expect(windows.before).toEqual({ from: new Date('2026-05-11T12:00:00Z'), to: started });
    expect(windows.after).toEqual({ from: started, to: new Date('2026-06-20T12:00:00Z') });
    expect(planWindows(started, 7, new Date('2027-01-01T00:00:00Z')).after.to).toEqual(new Date('2026-06-17T12:00:00Z'));
  });

  it('leaves the after window empty for a plan that has not started', () => {
    const windows = planWindows(started, 30, new Date('2026-06-01T00:00:00Z'));
    expect(windows.after.to).toEqual(started);
  });
});

describe('estimateOf', () => {
  const sums = { items: 10, nps_n: 10, promoters: 5, detractors: 2, csat_n: 4, csat_satisfied: 3, csat_sum: 15, csat_sq: 59, ces_n: 2, ces_sum: 6, ces_sq: 18, sentiment_n: 8, positive: 2, negative: 4 };
  it.each([
    ['nps', 30],
    ['csat', 75],
    ['ces', 3],
    ['sentiment', -25],
    ['negative_share', 50],
    ['volume', 2],
  ] as const)('%s', (metric, value) => {
    expect(estimateOf(metric, sums, 5).value).toBeCloseTo(value, 10);
  });

  it('gives volume as a Poisson rate per day', () => {
    expect(volumeRate(100, 10)).toMatchObject({ value: 10, n: 100, se: 1 });
    expect(volumeRate(5, 0).value).toBeNull();
  });
});

describe('planEffect', () => {
  const row = (window: 'before' | 'after', week: string, promoters: number, detractors: number, n: number): WindowSums => ({
    window, week, items: n, nps_n: n, promoters, detractors,
  });
  const windows = planWindows(started, 14, new Date('2026-07-30T00:00:00Z'));

  it('adds the weeks of each window, flags a significant move and reads it against the direction and target', () => {
    const rows = [row('before', '2026-05-25', 10, 30, 50), row('before', '2026-06-08', 5, 15, 25), row('after', '2026-06-08', 20, 5, 30), row('after', '2026-06-15', 40, 5, 60)];
    const effect = planEffect({ metric: 'nps', direction: 'increase', target: 40, windows }, rows);
    expect(effect.before).toMatchObject({ n: 75 });
    expect(effect.before.value).toBeCloseTo((100 * (15 - 45)) / 75, 10);
    expect(effect.after.value).toBeCloseTo((100 * (60 - 10)) / 90, 10);
    expect(effect.change.significant).toBe(true);
    expect(effect.improved).toBe(true);
    expect(effect.targetReached).toBe(true);
    expect(effect.weeks.map((w) => [w.week, w.n, w.after])).toEqual([['2026-05-25', 50, false], ['2026-06-08', 55, false], ['2026-06-15', 60, true]]);
    const against = planEffect({ metric: 'nps', direction: 'decrease', target: null, windows }, rows);
    expect(against.improved).toBe(false);
    expect(against.targetReached).toBeNull();
  });

  it('never calls a change on too few answers', () => {
    const effect = planEffect({ metric: 'nps', direction: 'increase', target: null, windows }, [row('before', '2026-06-01', 0, 5, 5), row('after', '2026-06-15', 5, 0, 5)]);
    expect(effect.change).toMatchObject({ significant: false, insufficient: true });
    expect(effect.improved).toBeNull();
  });
});
