// Turns summed rollup columns into the metrics people read (NPS, CSAT, CES, sentiment, volume),
// each with its interval, and pairs two periods into significance-checked changes.
import { compare, compareCounts, mean, netScore, proportion, type Change, type Estimate } from './statistics.ts';

export interface Sums {
  items: number;
  nps_n?: number;
  promoters?: number;
  detractors?: number;
  csat_n?: number;
  csat_sum?: number;
  csat_sq?: number;
  csat_satisfied?: number;
  ces_n?: number;
  ces_sum?: number;
  ces_sq?: number;
  sentiment_n?: number;
  sentiment_sum?: number;
  positive?: number;
  negative?: number;
}

export interface MetricSet {
  volume: number;
  nps: Estimate;
  csat: Estimate;
  csat_mean: Estimate;
  ces: Estimate;
  /** Net sentiment: % positive − % negative of the items with text. */
  sentiment: Estimate;
  sentiment_mean: number | null;
}

export type MetricName = 'nps' | 'csat' | 'csat_mean' | 'ces' | 'sentiment';
export const METRIC_NAMES: MetricName[] = ['nps', 'csat', 'csat_mean', 'ces', 'sentiment'];

export type MetricChanges = Record<MetricName | 'volume', Change>;

const v = (value: number | undefined) => value ?? 0;

export function metricSet(sums: Sums | undefined): MetricSet {
  const s = sums ?? { items: 0 };
  const sentimentN = v(s.sentiment_n);
  return {
    volume: v(s.items),
    nps: netScore(v(s.nps_n), v(s.promoters), v(s.detractors)),
    csat: proportion(v(s.csat_n), v(s.csat_satisfied)),
    csat_mean: mean(v(s.csat_n), v(s.csat_sum), v(s.csat_sq)),
    ces: mean(v(s.ces_n), v(s.ces_sum), v(s.ces_sq)),
    sentiment: netScore(sentimentN, v(s.positive), v(s.negative)),
    sentiment_mean: sentimentN > 0 ? v(s.sentiment_sum) / sentimentN : null,
  };
}

export function changes(current: MetricSet, previous: MetricSet): MetricChanges {
  const out = { volume: compareCounts(current.volume, previous.volume) } as MetricChanges;
  for (const name of METRIC_NAMES) out[name] = compare(current[name], previous[name]);
  return out;
}

/** Adds rollup sums together (e.g. touchpoints into their stage). */
export function addSums(target: Sums, source: Sums): Sums {
  const out: Record<string, number> = { ...(target as unknown as Record<string, number>) };
  for (const [key, value] of Object.entries(source)) if (typeof value === 'number') out[key] = (out[key] ?? 0) + value;
  return out as unknown as Sums;
}
