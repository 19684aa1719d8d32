// Emerging terms: words and word pairs whose share of recent documents is significantly above
// their share of baseline documents. Test: Dunning's log-likelihood ratio G² (1993) on the 2×2
// table (documents with / without the term, recent / baseline), one-sided (only rises count),
// compared with the χ²(1 df) critical value; p-values are reported alongside.

import { documentTerms } from './terms.ts';

export interface EmergingOptions {
  /** Minimum G² (default 10.83: p < 0.001 for χ² with 1 df). */
  minG2?: number;
  /** Minimum number of recent documents containing the term (default 3). */
  minRecent?: number;
  /** Include adjacent word pairs (default true). */
  phrases?: boolean;
  top?: number;
}

export interface EmergingTerm {
  term: string;
  recent: number;
  baseline: number;
  recent_rate: number;
  baseline_rate: number;
  /** Smoothed rate ratio (recent / baseline), +0.5 per cell. */
  ratio: number;
  statistic: 'log-likelihood G2';
  g2: number;
  p_value: number;
}

function countDocs(texts: string[], phrases: boolean): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of texts) for (const term of documentTerms(t, phrases)) m.set(term, (m.get(term) ?? 0) + 1);
  return m;
}

function xlogx(k: number, n: number): number {
  return k > 0 ? k * Math.log(k / n) : 0;
}

/** G² for term present in a of n1 recent documents and b of n2 baseline documents. */
export function logLikelihoodG2(a: number, n1: number, b: number, n2: number): number {
  const c = n1 - a;
  const d = n2 - b;
  const n = n1 + n2;
  const g = xlogx(a, ((a + b) * n1) / n) + xlogx(b, ((a + b) * n2) / n) + xlogx(c, ((c + d) * n1) / n) + xlogx(d, ((c + d) * n2) / n);
  return Math.max(0, 2 * g);
}

/** Upper tail of χ² with 1 df: P(X > x) = erfc(sqrt(x/2)). */
export function chiSquare1Tail(x: number): number {
  const z = Math.sqrt(x / 2);
  // Abramowitz–Stegun 7.1.26 erfc approximation (error < 1.5e-7).
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * Math.exp(-z * z);
}

export function emergingTerms(recent: string[], baseline: string[], options: EmergingOptions = {}): EmergingTerm[] {
  const minG2 = options.minG2 ?? 10.83;
  const minRecent = options.minRecent ?? 3;
  const phrases = options.phrases ?? true;
  const n1 = recent.length;
  const n2 = baseline.length;
  if (n1 === 0) return [];
  const r = countDocs(recent, phrases);
  const b = countDocs(baseline, phrases);
  const out: EmergingTerm[] = [];
  for (const [term, a] of r) {
    if (a < minRecent) continue;
    const bb = b.get(term) ?? 0;
    const rr = a / n1;
    const br = n2 > 0 ? bb / n2 : 0;
    if (rr <= br) continue;
    const g2 = logLikelihoodG2(a, n1, bb, n2);
    if (g2 < minG2) continue;
    out.push({
      term,
      recent: a,
      baseline: bb,
      recent_rate: round(rr),
      baseline_rate: round(br),
      ratio: round((a + 0.5) / (n1 + 1) / ((bb + 0.5) / (n2 + 1))),
      statistic: 'log-likelihood G2',
      g2: round(g2),
      p_value: Number(chiSquare1Tail(g2).toPrecision(3)),
    });
  }
  // A pair that only repeats a listed word ("退款 慢" vs "退款") is kept: phrases are what a
  // reader recognises. Sort by strength of evidence.
  out.sort((x, y) => y.g2 - x.g2 || x.term.localeCompare(y.term));
  return out.slice(0, options.top ?? 50);
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
