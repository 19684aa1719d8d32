// The public JSON shape of service metrics: durations in minutes, rates in percent with their
// 95% interval, numbers rounded to two decimals like the other dashboards.
import type { ServiceMetrics } from '../../domain/cases/metrics/get-service-metrics.ts';
import type { Durations, ServiceFigures } from '../../domain/cases/metrics/service-figures.ts';
import type { Estimate } from '../../domain/metrics/statistics.ts';

const r = (value: number | null | undefined) => (value === null || value === undefined || !Number.isFinite(value) ? null : Math.round(value * 100) / 100);
const rate = (e: Estimate) => ({ value: r(e.value), n: e.n, ci_low: r(e.ci?.[0]), ci_high: r(e.ci?.[1]) });

const durations = (d: Durations) => ({
  n: d.n,
  median_minutes: r(d.medianMinutes),
  p90_minutes: r(d.p90Minutes),
  business_median_minutes: r(d.businessMedianMinutes),
  business_p90_minutes: r(d.businessP90Minutes),
});

export function presentServiceFigures(f: ServiceFigures) {
  return {
    cases: f.cases,
    open: f.open,
    resolved: f.resolved,
    escalated: f.escalated,
    first_response: durations(f.firstResponse),
    resolution: durations(f.resolution),
    first_contact_resolution: rate(f.firstContactResolution),
    transfers: { total: f.transfers.total, per_case: r(f.transfers.perCase), transferred_share: rate(f.transfers.transferredShare) },
    sla: {
      first_response: { due: f.sla.firstResponse.due, met: f.sla.firstResponse.met, compliance: rate(f.sla.firstResponse.compliance) },
      resolution: { due: f.sla.resolution.due, met: f.sla.resolution.met, compliance: rate(f.sla.resolution.compliance) },
    },
  };
}

export function presentServiceMetrics(m: ServiceMetrics) {
  return {
    period: m.period,
    team_id: m.teamId,
    overall: presentServiceFigures(m.overall),
    by_team: m.byTeam.map((g) => ({ team: g.id ? { id: g.id, name: g.name } : null, ...presentServiceFigures(g.figures) })),
    by_agent: m.byAgent.map((g) => ({ agent: g.id ? { id: g.id, name: g.name } : null, ...presentServiceFigures(g.figures) })),
    by_week: m.byWeek.map((w) => ({ week: w.week, ...presentServiceFigures(w.figures) })),
  };
}
