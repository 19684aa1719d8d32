// Distinctive words per channel, split by sentiment: the weighted log-odds ratio with an
// informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", eq. 16–22).
// Within each sentiment, the documents of one channel are compared with those of all other
// channels; the prior is the whole collection used as background corpus (α_w = its count of w,
// scaled to `priorStrength` pseudo-counts in total), which shrinks rare words towards zero
// instead of letting them top the list.

import { documentTerms } from './terms.ts';

export type Sentiment = 'positive' | 'neutral' | 'negative';

export interface DescriptorOptions {
  /** Total pseudo-count α0 of the prior (default: the collection's own term count). */
  priorStrength?: number;
  /** Terms per (channel, sentiment) (default 20). */
  top?: number;
  /** Only terms with z above this (default 1.96, i.e. two-sided 5%). */
  minZ?: number;
  /** Ignore terms used in fewer documents of the group (default 2). */
  minCount?: number;
}

export interface DescriptorGroup {
  channel: string;
  sentiment: Sentiment;
  documents: number;
  terms: Array<{ term: string; z: number; log_odds: number; count: number }>;
}

export function distinctiveDescriptors(
  docs: Array<{ channel: string; sentiment: Sentiment; text: string }>,
  options: DescriptorOptions = {},
): DescriptorGroup[] {
  const top = options.top ?? 20;
  const minZ = options.minZ ?? 1.96;
  const minCount = options.minCount ?? 2;
  // counts[sentiment][channel] = term → documents containing it
  const counts = new Map<string, Map<string, Map<string, number>>>();
  const docsPer = new Map<string, number>();
  const all = new Map<string, number>();
  let allTotal = 0;
  for (const d of docs) {
    const bySent = counts.get(d.sentiment) ?? new Map<string, Map<string, number>>();
    counts.set(d.sentiment, bySent);
    const c = bySent.get(d.channel) ?? new Map<string, number>();
    bySent.set(d.channel, c);
    docsPer.set(`${d.channel}\u0000${d.sentiment}`, (docsPer.get(`${d.channel}\u0000${d.sentiment}`) ?? 0) + 1);
    for (const t of documentTerms(d.text, false)) {
      c.set(t, (c.get(t) ?? 0) + 1);
      all.set(t, (all.get(t) ?? 0) + 1);
      allTotal++;
    }
  }
  const a0 = options.priorStrength ?? allTotal;
  const groups: DescriptorGroup[] = [];
  for (const [sentiment, byChannel] of counts) {
    const sentTotals = new Map<string, number>();
    let sentTotal = 0;
    for (const c of byChannel.values()) for (const [t, n] of c) {
      sentTotals.set(t, (sentTotals.get(t) ?? 0) + n);
      sentTotal += n;
    }
    for (const [channel, c] of byChannel) {
      let ni = 0;
      for (const n of c.values()) ni += n;
      const nj = sentTotal - ni;
      const terms: DescriptorGroup['terms'] = [];
      for (const [t, yi] of c) {
        if (yi < minCount) continue;
        const yj = (sentTotals.get(t) ?? 0) - yi;
        const aw = (a0 * (all.get(t) ?? 0)) / allTotal;
        const delta = Math.log((yi + aw) / (ni + a0 - yi - aw)) - Math.log((yj + aw) / (nj + a0 - yj - aw));
        const z = delta / Math.sqrt(1 / (yi + aw) + 1 / (yj + aw));
        if (z > minZ) terms.push({ term: t, z: round(z), log_odds: round(delta), count: yi });
      }
      terms.sort((a, b) => b.z - a.z || a.term.localeCompare(b.term));
      groups.push({ channel, sentiment: sentiment as Sentiment, documents: docsPer.get(`${channel}\u0000${sentiment}`) ?? 0, terms: terms.slice(0, top) });
    }
  }
  return groups.sort((a, b) => a.channel.localeCompare(b.channel) || a.sentiment.localeCompare(b.sentiment));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
