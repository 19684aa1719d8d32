import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { DashboardFilters } from '../../api/metrics.ts';
import { filterSearch, hasDashboardFilters, readDashboardFilters, rememberedFilters, rememberFilters, type DashboardFilterKey } from './dashboardFilters.ts';

/**
 * The shared filters of the current page. Arriving without any in the URL (from the sidebar)
 * restores the ones used last in this session, by replacing the URL, so the URL stays the truth.
 */
export function useDashboardFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readDashboardFilters(params), [params]);
  const key = filterSearch(filters);

  useEffect(() => {
    if (hasDashboardFilters(params)) return;
    const remembered = rememberedFilters();
    if (Object.keys(remembered).length === 0) return;
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [name, value] of Object.entries(remembered)) if (value) next.set(name, value);
      return next;
    }, { replace: true });
    // Only on arrival: afterwards the user's own changes (including clearing) rule.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => rememberFilters(filters), [key]);

  const setFilter = useCallback(
    (name: DashboardFilterKey | string, value: string) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      }),
    [setParams],
  );

  const clear = useCallback(() => {
    rememberFilters({});
    setParams(new URLSearchParams());
  }, [setParams]);

  return { filters: filters as DashboardFilters, key, params, setFilter, clear };
}
