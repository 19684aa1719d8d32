// How a plan's metric is written (unit and digits), who may write plans, and the link that opens
// the plan dialog pre-filled from the Theme explorer or a Journey map breakpoint.
import type { PlanMetric } from '../../api/actionPlans.ts';
import type { Role } from '../../api/types.ts';

/** Mirrors the server's policy: owners, admins and analysts write plans; everyone reads them. */
export function canManagePlans(role: Role): boolean {
  return role === 'owner' || role === 'admin' || role === 'analyst';
}

export const METRIC_DIGITS: Record<PlanMetric, number> = { nps: 1, csat: 1, ces: 2, sentiment: 1, negative_share: 1, volume: 2 };
export const METRIC_UNIT: Record<PlanMetric, string> = { nps: '', csat: '%', ces: '', sentiment: '', negative_share: '%', volume: '' };

export function newPlanFromTheme(theme: string): string {
  return `/action-plans?${new URLSearchParams({ new: 'theme', theme }).toString()}`;
}

export function newPlanFromBreakpoint(from: string, to: string): string {
  return `/action-plans?${new URLSearchParams({ new: 'breakpoint', from, to }).toString()}`;
}
