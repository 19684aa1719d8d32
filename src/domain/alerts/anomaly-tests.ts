// The statistical tests behind aggregate rules, pure so they are tested case by case:
// - NPS drop: two-sample z-test of the mean per-response NPS score (promoter +1, passive 0, detractor −1),
//   recent window vs baseline window, unpooled variances, one-sided, with minimum sample sizes.
// - Theme spike: one-sided exact binomial test of the theme's share of items (recent k of n) against the
//   baseline share, so a busy day with proportionally more of everything is not a "spike".
// - Volume drop: one-sided exact Poisson test of the recent count against the baseline rate scaled to the
//   recent window; a collection channel that goes silent fails it quickly.
// Exact tails are computed in log space; past 5,000 trials the normal approximation (continuity-corrected) is used.

export interface Moments {
  n: number;
  sum: number;
  sumOfSquares: number;
}

export interface NpsDropResult {
  fires: boolean;
  z: number | null;
  recentNps: number | null;
  baselineNps: number | null;
}

export function npsDropTest(recent: Moments, baseline: Moments, options: { minSamples: number; zThreshold: number }): NpsDropResult {
  const meanOf = (m: Moments) => (m.n > 0 ? m.sum / m.n : null);
  const recentMean = meanOf(recent);
  const baselineMean = meanOf(baseline);
  const nps = (mean: number | null) => (mean === null ? null : Math.round(mean * 1000) / 10);
  if (recent.n < options.minSamples || baseline.n < options.minSamples || recentMean === null || baselineMean === null) {
    return { fires: false, z: null, recentNps: nps(recentMean), baselineNps: nps(baselineMean) };
  }
  const variance = (m: Moments, mean: number) => Math.max(0, m.sumOfSquares / m.n - mean * mean);
  const se = Math.sqrt(variance(recent, recentMean) / recent.n + variance(baseline, baselineMean) / baseline.n);
  const diff = recentMean - baselineMean;
  const z = se === 0 ? (diff === 0 ? 0 : diff < 0 ? -Infinity : Infinity) : diff / se;
  return { fires: z <= -options.zThreshold, z: Number.isFinite(z) ? Math.round(z * 100) / 100 : z, recentNps: nps(recentMean), baselineNps: nps(baselineMean) };
}

export interface ShareSpikeResult {
  fires: boolean;
  pValue: number;
  recentShare: number;
  baselineShare: number;
}

export function themeSpikeTest(recent: { hits: number; n: number }, baseline: { hits: number; n: number }, options: { minCount: number; alpha: number }): ShareSpikeResult {
  // Half a pseudo-count keeps a theme never seen in the baseline from having a share of exactly zero.
  const baselineShare = (baseline.hits + 0.5) / (baseline.n + 1);
  const recentShare = recent.n > 0 ? recent.hits / recent.n : 0;
  const pValue = recent.n > 0 ? binomialUpperTail(recent.hits, recent.n, baselineShare) : 1;
  return { fires: recent.hits >= options.minCount && recentShare > baselineShare && pValue < options.alpha, pValue, recentShare, baselineShare };
}

export interface VolumeDropResult {
  fires: boolean;
  pValue: number;
  expected: number;
}

export function volumeDropTest(recentCount: number, baselineCount: number, windowRatio: number, options: { minExpected: number; alpha: number }): VolumeDropResult {
  const expected = baselineCount * windowRatio;
  const pValue = expected > 0 ? poissonLowerTail(recentCount, expected) : 1;
  return { fires: expected >= options.minExpected && recentCount < expected && pValue < options.alpha, pValue, expected: Math.round(expected * 10) / 10 };
}

/** P(X ≥ k) for X ~ Binomial(n, p). */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  if (n > 5000) {
    const sd = Math.sqrt(n * p * (1 - p));
    return 1 - normalCdf((k - 0.5 - n * p) / sd);
  }
  const logs: number[] = [];
  for (let i = k; i <= n; i++) logs.push(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log1p(-p));
  return Math.min(1, Math.exp(logSumExp(logs)));
}

/** P(X ≤ k) for X ~ Poisson(lambda). */
export function poissonLowerTail(k: number, lambda: number): number {
  if (k < 0) return 0;
  if (lambda > 5000) return normalCdf((k + 0.5 - lambda) / Math.sqrt(lambda));
  const logs: number[] = [];
  for (let i = 0; i <= k; i++) logs.push(-lambda + i * Math.log(lambda) - logGamma(i + 1));
  return Math.min(1, Math.exp(logSumExp(logs)));
}

function logSumExp(values: number[]): number {
  const max = Math.max(...values);
  if (!Number.isFinite(max)) return max;
  return max + Math.log(values.reduce((sum, value) => sum + Math.exp(value - max), 0));
}

function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

// Lanczos approximation (g = 7, n = 9): ~15 significant digits for positive arguments.
const LANCZOS = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 on erf; absolute error < 1.5e-7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x) / Math.SQRT2);
  const erf = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
