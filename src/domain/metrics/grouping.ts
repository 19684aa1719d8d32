// Splits rollup sums grouped by (period, key) into one entry per key with both periods' metrics.
import { addSums, changes, metricSet, type MetricChanges, type MetricSet, type Sums } from './metric-set.ts';
import type { Dimension, SumRow } from './metrics.repo.ts';

export interface PeriodPair {
  current: Sums;
  previous: Sums;
}

export interface KeyedMetrics {
  key: string;
  metrics: MetricSet;
  changes: MetricChanges;
}

/** Sums per key and period; `mapKey` may fold several keys into one (touchpoints into a stage). */
export function pairByKey(rows: SumRow[], dimension: Dimension, mapKey: (key: string) => string | undefined = (key) => key): Map<string, PeriodPair> {
  const pairs = new Map<string, PeriodPair>();
  for (const row of rows) {
    const key = mapKey(row.keys[dimension] ?? '');
    if (key === undefined) continue;
    const pair = pairs.get(key) ?? { current: { items: 0 }, previous: { items: 0 } };
    const { keys: _keys, ...sums } = row;
    if (row.keys.period === 'previous') pair.previous = addSums(pair.previous, sums);
    else pair.current = addSums(pair.current, sums);
    pairs.set(key, pair);
  }
  return pairs;
}

export function toKeyedMetrics(pairs: Map<string, PeriodPair>): KeyedMetrics[] {
  return [...pairs].map(([key, pair]) => {
    const metrics = metricSet(pair.current);
    return { key, metrics, changes: changes(metrics, metricSet(pair.previous)) };
  });
}

/** Both periods of an ungrouped (period-only) query. */
export function periodsOf(rows: SumRow[]): { current: MetricSet; previous: MetricSet; changes: MetricChanges; sums: PeriodPair } {
  const pair = pairByKey(rows, 'period', () => 'all').get('all') ?? { current: { items: 0 }, previous: { items: 0 } };
  const current = metricSet(pair.current);
  const previous = metricSet(pair.previous);
  return { current, previous, changes: changes(current, previous), sums: pair };
}
