// Turns the summed counts of a group of cases into the figures people read: rates as proportions
// with their 95% intervals (the metrics capability's statistics), averages, and the weeks of a
// range so the weekly trend has no holes.
import { proportion, type Estimate } from '../../metrics/statistics.ts';
import type { BusinessFigures } from './business-durations.ts';
import type { ServiceSums } from './service-metrics.repo.ts';

export interface Durations {
  /** How many cases have the moment measured (answered, resolved). */
  n: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  /** The same in business minutes (opening hours and holidays); null when not computed. */
  businessMedianMinutes: number | null;
  businessP90Minutes: number | null;
}

export interface SlaCompliance {
  /** Clocks whose outcome is known: answered / resolved, or past due. */
  due: number;
  met: number;
  compliance: Estimate;
}

export interface ServiceFigures {
  cases: number;
  open: number;
  resolved: number;
  escalated: number;
  firstResponse: Durations;
  resolution: Durations;
  /** Resolved with at most one reply, never transferred and never reopened, among the resolved. */
  firstContactResolution: Estimate;
  transfers: { total: number; perCase: number | null; transferredShare: Estimate };
  sla: { firstResponse: SlaCompliance; resolution: SlaCompliance };
}

const durations = (n: number, minutes: [number, number] | null, business: [number, number] | null | undefined): Durations => ({
  n,
  medianMinutes: minutes?.[0] ?? null,
  p90Minutes: minutes?.[1] ?? null,
  businessMedianMinutes: business?.[0] ?? null,
  businessP90Minutes: business?.[1] ?? null,
});

export const emptySums = (kind: ServiceSums['kind'], key: string | null): ServiceSums => ({
  kind, key, name: null, cases: 0, open: 0, resolved: 0, escalated: 0, firstResponses: 0, firstResponseMinutes: null, resolutionMinutes: null,
  firstContactResolved: 0, transfers: 0, transferred: 0, firstResponseDue: 0, firstResponseMet: 0, resolutionDue: 0, resolutionMet: 0,
});

export function figuresOf(sums: ServiceSums, business?: BusinessFigures): ServiceFigures {
  return {
    cases: sums.cases,
    open: sums.open,
    resolved: sums.resolved,
    escalated: sums.escalated,
    firstResponse: durations(sums.firstResponses, sums.firstResponseMinutes, business?.firstResponse),
    resolution: durations(sums.resolved, sums.resolutionMinutes, business?.resolution),
    firstContactResolution: proportion(sums.resolved, sums.firstContactResolved),
    transfers: { total: sums.transfers, perCase: sums.cases > 0 ? sums.transfers / sums.cases : null, transferredShare: proportion(sums.cases, sums.transferred) },
    sla: {
      firstResponse: { due: sums.firstResponseDue, met: sums.firstResponseMet, compliance: proportion(sums.firstResponseDue, sums.firstResponseMet) },
      resolution: { due: sums.resolutionDue, met: sums.resolutionMet, compliance: proportion(sums.resolutionDue, sums.resolutionMet) },
    },
  };
}

/** The Mondays (UTC) of the weeks that overlap the day range, as YYYY-MM-DD. */
export function weeksOf(from: string, to: string): string[] {
  const day = 86_400_000;
  const start = Date.parse(`${from}T00:00:00Z`);
  const monday = start - ((new Date(start).getUTCDay() + 6) % 7) * day;
  const end = Date.parse(`${to}T00:00:00Z`);
  const weeks: string[] = [];
  for (let at = monday; at <= end; at += 7 * day) weeks.push(new Date(at).toISOString().slice(0, 10));
  return weeks;
}
