// Response and resolution times in business time (the organisation's opening hours and holidays,
// as the SLA clocks count them), per group of cases. Computed in code with the SLA capability's
// calendar arithmetic, so the figures agree with the SLA due moments.
import { businessMinutesBetween, type BusinessCalendar } from '../sla/business-time.ts';
import type { CaseMoments, GroupKind } from './service-metrics.repo.ts';

/** Linear interpolation between the closest ranks, like PostgreSQL's percentile_cont. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (position - low) * (sorted[high]! - sorted[low]!);
}

export interface BusinessFigures {
  firstResponse: [number, number] | null;
  resolution: [number, number] | null;
}

export const groupKey = (kind: GroupKind, key: string | null) => `${kind}:${key ?? ''}`;

/** Median and p90 business minutes per group (overall, team, agent, week), keyed by groupKey. */
export function businessDurations(cases: readonly CaseMoments[], calendar: BusinessCalendar): Map<string, BusinessFigures> {
  const samples = new Map<string, { firstResponse: number[]; resolution: number[] }>();
  const add = (key: string, kind: 'firstResponse' | 'resolution', minutes: number) => {
    const entry = samples.get(key) ?? { firstResponse: [], resolution: [] };
    entry[kind].push(minutes);
    samples.set(key, entry);
  };
  for (const row of cases) {
    const keys = [groupKey('overall', null), groupKey('team', row.teamId), groupKey('agent', row.assigneeId), groupKey('week', row.week)];
    if (row.firstRespondedAt) {
      const minutes = businessMinutesBetween(calendar, row.createdAt, row.firstRespondedAt);
      for (const key of keys) add(key, 'firstResponse', minutes);
    }
    if (row.resolvedAt) {
      const minutes = businessMinutesBetween(calendar, row.createdAt, row.resolvedAt);
      for (const key of keys) add(key, 'resolution', minutes);
    }
  }
  const pair = (values: number[]): [number, number] | null => (values.length ? [percentile(values, 0.5)!, percentile(values, 0.9)!] : null);
  return new Map([...samples].map(([key, entry]) => [key, { firstResponse: pair(entry.firstResponse), resolution: pair(entry.resolution) }]));
}
