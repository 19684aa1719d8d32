// The statistics behind every number the dashboards show: estimates with their standard errors and
// 95% intervals, and the rule that decides whether a period-over-period change may be called a
// change at all. Pure functions over sufficient statistics (counts and sums), so the same code
// serves rollups, raw-table checks and tests.

export const Z_95 = 1.959963984540054;
/** Below this many responses in either period a change is never flagged, however large. */
export const MIN_N_FOR_CHANGE = 30;

export interface Estimate {
  value: number | null;
  n: number;
  se: number | null;
  ci: [number, number] | null;
}

export type Direction = 'up' | 'down' | 'flat';

export interface Change {
  previous: number | null;
  delta: number | null;
  z: number | null;
  significant: boolean;
  direction: Direction;
  /** Why a change is not flagged: too few responses in one of the periods. */
  insufficient: boolean;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
const none = (n: number): Estimate => ({ value: null, n, se: null, ci: null });

/**
 * A score of +1 / 0 / −1 per response (promoter / passive / detractor, or positive / neutral /
 * negative), reported ×100: NPS and the net sentiment index. Its variance is p + d − (p − d)².
 */
export function netScore(n: number, plus: number, minus: number): Estimate {
  if (n <= 0) return none(0);
  const p = plus / n;
  const d = minus / n;
  const value = 100 * (p - d);
  const se = 100 * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / n);
  return { value, n, se, ci: [clamp(value - Z_95 * se, -100, 100), clamp(value + Z_95 * se, -100, 100)] };
}

/** A proportion in percent with the Wilson score interval (sound near 0% and 100% and for small n). */
export function proportion(n: number, hits: number): Estimate {
  if (n <= 0) return none(0);
  const p = hits / n;
  const z2 = Z_95 * Z_95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z_95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { value: 100 * p, n, se: 100 * Math.sqrt((p * (1 - p)) / n), ci: [100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half)] };
}

/** A mean from its count, sum and sum of squares, with the normal-approximation interval. */
export function mean(n: number, sum: number, sumOfSquares: number): Estimate {
  if (n <= 0) return none(0);
  const value = sum / n;
  const variance = n > 1 ? Math.max(0, (sumOfSquares - n * value * value) / (n - 1)) : 0;
  const se = Math.sqrt(variance / n);
  return { value, n, se, ci: [value - Z_95 * se, value + Z_95 * se] };
}

/**
 * Two-sample z-test on the difference of two estimates. Flagged only when |z| ≥ 1.96 and both
 * periods have at least `minN` responses: "NPS dropped" is never said about 12 answers.
 */
export function compare(current: Estimate, previous: Estimate, minN = MIN_N_FOR_CHANGE): Change {
  if (current.value === null || previous.value === null) {
    return { previous: previous.value, delta: null, z: null, significant: false, direction: 'flat', insufficient: true };
  }
  const delta = current.value - previous.value;
  const se = Math.sqrt((current.se ?? 0) ** 2 + (previous.se ?? 0) ** 2);
  const z = se > 0 ? delta / se : null;
  const insufficient = current.n < minN || previous.n < minN;
  const significant = !insufficient && z !== null && Math.abs(z) >= Z_95;
  return { previous: previous.value, delta, z, significant, insufficient, direction: significant ? (delta > 0 ? 'up' : 'down') : 'flat' };
}

/**
 * Volumes of two equally long periods: under "no change" each count is Poisson, so the difference
 * has variance c1 + c2. Reported as a percentage change.
 */
export function compareCounts(current: number, previous: number, minN = MIN_N_FOR_CHANGE): Change {
  const delta = previous > 0 ? (100 * (current - previous)) / previous : null;
  const z = current + previous > 0 ? (current - previous) / Math.sqrt(current + previous) : null;
  const insufficient = current < minN || previous < minN;
  const significant = !insufficient && z !== null && Math.abs(z) >= Z_95;
  return { previous, delta, z, significant, insufficient, direction: significant ? (current > previous ? 'up' : 'down') : 'flat' };
}

/**
 * How much alike the channels are, 0–100: 100 minus the volume-weighted mean absolute deviation of
 * each channel's net sentiment (−100..100) from the overall one, halved to stay on a 0–100 scale.
 * Channels with fewer than `minN` scored items are left out: their noise is not inconsistency.
 */
export function consistencyScore(channels: Array<{ n: number; value: number | null }>, minN = MIN_N_FOR_CHANGE): number | null {
  const counted = channels.filter((channel): channel is { n: number; value: number } => channel.value !== null && channel.n >= minN);
  if (counted.length < 2) return null;
  const total = counted.reduce((sum, channel) => sum + channel.n, 0);
  const overall = counted.reduce((sum, channel) => sum + channel.n * channel.value, 0) / total;
  const deviation = counted.reduce((sum, channel) => sum + channel.n * Math.abs(channel.value - overall), 0) / total;
  return clamp(100 - deviation / 2, 0, 100);
}
