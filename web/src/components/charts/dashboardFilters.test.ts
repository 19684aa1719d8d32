import { describe, expect, it } from 'vitest';
import { filterSearch, readDashboardFilters } from './dashboardFilters.ts';

describe('dashboard filters', () => {
  it('reads only the shared keys from the URL and writes them back in links', () => {
    const filters = readDashboardFilters(new URLSearchParams('from=2026-01-01&channel=app&theme=x&segment=%20vip%20'));
    expect(filters).toEqual({ from: '2026-01-01', channel: 'app', segment: 'vip' });
    expect(filterSearch(filters, { theme: 'delivery', to: undefined })).toBe('?from=2026-01-01&channel=app&segment=vip&theme=delivery');
    expect(filterSearch({})).toBe('');
  });
});
