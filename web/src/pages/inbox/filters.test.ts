import { describe, expect, it } from 'vitest';
import { filtersKey, hasActiveFilters, readFilters, toApiFilters, withFilter, withoutFilters } from './filters.ts';

describe('inbox filters in the URL', () => {
  it('reads only known, non-empty filters', () => {
    const params = new URLSearchParams('q=%20late%20&channel=store&sentiment=&item=fb_1&foo=bar');
    expect(readFilters(params)).toEqual({ q: 'late', channel: 'store' });
  });

  it('keeps the open item when filters are cleared', () => {
    const params = new URLSearchParams('q=x&lang=zh&item=fb_1');
    expect(withoutFilters(params).toString()).toBe('item=fb_1');
    expect(hasActiveFilters(readFilters(withoutFilters(params)))).toBe(false);
  });

  it('removes a filter set to the empty value', () => {
    expect(withFilter(new URLSearchParams('channel=store'), 'channel', '').toString()).toBe('');
  });

  it('gives equal keys to equal filters regardless of parameter order', () => {
    const a = readFilters(new URLSearchParams('channel=a&q=b'));
    const b = readFilters(new URLSearchParams('q=b&channel=a'));
    expect(filtersKey(a)).toBe(filtersKey(b));
  });

  it('turns calendar days into the whole local day as instants', () => {
    const api = toApiFilters({ from: '2026-03-01', to: '2026-03-02' });
    expect(api.from).toBe(new Date(2026, 2, 1, 0, 0, 0, 0).toISOString());
    expect(api.to).toBe(new Date(2026, 2, 2, 23, 59, 59, 999).toISOString());
  });

  it('passes the dashboard click-through filters (touchpoint, stage, journey, theme, segment, breakpoint) to the API', () => {
    const filters = readFilters(new URLSearchParams('touchpoint_id=t1&theme=delivery&journey_id=j1&stage_id=s1&segment=vip&breakpoint_from=app&breakpoint_to=store&grain=week'));
    const expected = { touchpoint_id: 't1', theme: 'delivery', journey_id: 'j1', stage_id: 's1', segment: 'vip', breakpoint_from: 'app', breakpoint_to: 'store' };
    expect(filters).toEqual(expected);
    expect(toApiFilters(filters)).toMatchObject(expected);
    expect(hasActiveFilters(readFilters(new URLSearchParams('segment=vip')))).toBe(true);
  });

  it('ignores malformed days instead of sending them', () => {
    expect(toApiFilters({ from: 'yesterday' }).from).toBeUndefined();
  });
});
