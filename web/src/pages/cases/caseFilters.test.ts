import { describe, expect, it } from 'vitest';
import { moveId } from '../settings/case-routing/routingOrder.ts';
import { readFilters, toQuery, writeFilters } from './caseFilters.ts';

describe('case queue filters in the URL', () => {
  it.each([
    ['agent', '', { queue: 'mine', status: 'open' }],
    ['admin', '', { queue: 'all', status: 'open' }],
    ['viewer', 'queue=team&status=resolved', { queue: 'team', status: 'resolved' }],
    // Agents have no "all" queue: a shared link falls back to their own cases.
    ['agent', 'queue=all', { queue: 'mine', status: 'open' }],
  ] as const)('%s with "%s"', (role, search, expected) => {
    expect(readFilters(new URLSearchParams(search), role)).toMatchObject(expected);
  });

  it('round-trips every filter and leaves defaults out of the URL', () => {
    const filters = { queue: 'team', status: 'any', priority: 'urgent', team_id: 't1', breached: true } as const;
    const params = writeFilters(filters, 'analyst');
    expect(params.toString()).toBe('queue=team&status=any&priority=urgent&team_id=t1&breached=true');
    expect(readFilters(params, 'analyst')).toEqual(filters);
    expect(writeFilters(readFilters(new URLSearchParams(''), 'agent'), 'agent').toString()).toBe('');
  });

  it('asks the API for any status as no status, and open as open', () => {
    expect(toQuery(readFilters(new URLSearchParams('status=any'), 'admin')).status).toBeUndefined();
    expect(toQuery(readFilters(new URLSearchParams(''), 'admin'))).toEqual({ queue: 'all', status: 'open', priority: undefined, team_id: undefined, breached: undefined });
  });
});

describe('routing rule order', () => {
  it('moves a rule to where another one is', () => {
    expect(moveId(['a', 'b', 'c'], 'c', 'a')).toEqual(['c', 'a', 'b']);
    expect(moveId(['a', 'b', 'c'], 'a', 'b')).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 'a', 'x')).toEqual(['a', 'b', 'c']);
  });
});
