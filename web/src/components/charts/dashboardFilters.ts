// The filters every dashboard page shares (date range, channel, touchpoint, segment). They live in
// the URL so a link reproduces the view, and are remembered for the session so moving from one
// dashboard to another keeps them.
import type { DashboardFilters } from '../../api/metrics.ts';

export const DASHBOARD_FILTER_KEYS = ['from', 'to', 'channel', 'touchpoint_id', 'segment'] as const;
export type DashboardFilterKey = (typeof DASHBOARD_FILTER_KEYS)[number];
const STORAGE_KEY = 'openvoc.dashboardFilters';

export function readDashboardFilters(params: URLSearchParams): DashboardFilters {
  const filters: DashboardFilters = {};
  for (const key of DASHBOARD_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

export function hasDashboardFilters(params: URLSearchParams): boolean {
  return DASHBOARD_FILTER_KEYS.some((key) => params.has(key));
}

/** The query string of the filters, for links from one page to another (and into the inbox). */
export function filterSearch(filters: DashboardFilters, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function rememberFilters(filters: DashboardFilters): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(filters));
  } catch {
    // Storage can be blocked; the URL still carries the filters.
  }
}

export function rememberedFilters(): DashboardFilters {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    const filters: DashboardFilters = {};
    for (const key of DASHBOARD_FILTER_KEYS) {
      const value = (parsed as Record<string, unknown>)[key];
      if (typeof value === 'string' && value) filters[key] = value;
    }
    return filters;
  } catch {
    return {};
  }
}
