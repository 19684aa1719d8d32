import { describe, expect, it } from 'vitest';
import { binomialUpperTail, normalCdf, npsDropTest, poissonLowerTail, themeSpikeTest, volumeDropTest } from './anomaly-tests.ts';

// n responses with the given counts of promoters and detractors → the moments of the ±1/0 scores.
const moments = (promoters: number, passives: number, detractors: number) => ({
  n: promoters + passives + detractors,
  sum: promoters - detractors,
  sumOfSquares: promoters + detractors,
});

describe('normal and exact tails', () => {
  it.each([
    [0, 0.5],
    [1.959964, 0.975],
    [-2.326348, 0.01],
  ])('normalCdf(%d) ≈ %d', (x, p) => expect(normalCdf(x)).toBeCloseTo(p, 5));

  it.each([
    // k, n, p, P(X >= k)
    [1, 1, 0.3, 0.3],
    [3, 3, 0.5, 0.125],
    [8, 10, 0.5, 0.0546875],
    [0, 10, 0.2, 1],
    [11, 10, 0.2, 0],
  ])('binomialUpperTail(%d, %d, %d) = %d', (k, n, p, expected) => expect(binomialUpperTail(k, n, p)).toBeCloseTo(expected, 9));

  it.each([
    // k, lambda, P(X <= k)
    [0, 2, Math.exp(-2)],
    [2, 2, 5 * Math.exp(-2)],
    [10, 10, 0.5830397501929852],
  ])('poissonLowerTail(%d, %d) = %d', (k, lambda, expected) => expect(poissonLowerTail(k, lambda)).toBeCloseTo(expected, 9));
});

describe('npsDropTest', () => {
  it.each([
    ['a clear drop', moments(20, 20, 60), moments(50, 30, 20), true],
    ['the same mix', moments(50, 30, 20), moments(50, 30, 20), false],
    ['an improvement', moments(70, 20, 10), moments(50, 30, 20), false],
    ['a drop on too few responses', moments(2, 2, 6), moments(50, 30, 20), false],
    ['a small drop inside the noise', moments(45, 32, 23), moments(50, 30, 20), false],
  ])('%s → fires=%s', (_case, recent, baseline, fires) => {
    const result = npsDropTest(recent, baseline, { minSamples: 30, zThreshold: 2.33 });
    expect(result.fires).toBe(fires);
  });

  it('reports both NPS values and the z statistic', () => {
    const result = npsDropTest(moments(20, 20, 60), moments(50, 30, 20), { minSamples: 30, zThreshold: 2.33 });
    expect(result.recentNps).toBe(-40);
    expect(result.baselineNps).toBe(30);
    expect(result.z).toBeLessThan(-5);
  });
});

describe('themeSpikeTest', () => {
  it.each([
    ['a share tripling on enough items', { hits: 30, n: 200 }, { hits: 100, n: 2000 }, true],
    ['the same share on more volume', { hits: 50, n: 1000 }, { hits: 100, n: 2000 }, false],
    ['a rare theme appearing twice (below min count)', { hits: 2, n: 100 }, { hits: 0, n: 2000 }, false],
    ['a new theme appearing eight times', { hits: 8, n: 100 }, { hits: 0, n: 2000 }, true],
    ['no recent items', { hits: 0, n: 0 }, { hits: 100, n: 2000 }, false],
  ])('%s → fires=%s', (_case, recent, baseline, fires) => {
    expect(themeSpikeTest(recent, baseline, { minCount: 5, alpha: 0.001 }).fires).toBe(fires);
  });
});

describe('volumeDropTest', () => {
  it.each([
    // recent, baseline, window ratio (recent hours / baseline hours)
    ['a channel gone silent', 0, 1400, 6 / 336, true],
    ['a normal window', 24, 1400, 6 / 336, false],
    ['a moderate dip inside the noise', 18, 1400, 6 / 336, false],
    ['a halved volume on a busy channel', 500, 56_000, 6 / 336, true],
    ['too little expected volume to tell', 0, 100, 6 / 336, false],
  ])('%s → fires=%s', (_case, recent, baseline, ratio, fires) => {
    expect(volumeDropTest(recent, baseline, ratio, { minExpected: 20, alpha: 0.001 }).fires).toBe(fires);
  });
});
