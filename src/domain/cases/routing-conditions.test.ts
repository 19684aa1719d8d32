import { describe, expect, it } from 'vitest';
import { higherPriority, matchesRoutingConditions, pickLeastLoaded, pickRoundRobin, type RoutingFacts } from './routing-conditions.ts';

const facts: RoutingFacts = { channel: 'store', touchpointId: 'tp-1', themes: ['delivery', 'price'], lang: 'zh', location: 'Shanghai 1', customerTier: 'VIP' };

describe('matchesRoutingConditions', () => {
  it.each([
    [{}, true],
    [{ themes: ['staff', 'price'] }, true],
    [{ themes: ['staff'] }, false],
    [{ channels: ['app', 'store'] }, true],
    [{ channels: ['app'] }, false],
    [{ touchpoint_ids: ['tp-1'] }, true],
    [{ touchpoint_ids: ['tp-2'] }, false],
    [{ locations: ['shanghai 1'] }, true],
    [{ locations: ['Beijing'] }, false],
    [{ tiers: ['vip'] }, true],
    [{ tiers: ['gold'] }, false],
    [{ languages: ['zh'] }, true],
    [{ languages: ['en'] }, false],
    [{ channels: ['store'], tiers: ['gold'] }, false],
    [{ channels: [], tiers: [] }, true],
  ])('%j → %s', (conditions, expected) => expect(matchesRoutingConditions(conditions, facts)).toBe(expected));

  it('never matches a listed condition when the case lacks the fact', () => {
    expect(matchesRoutingConditions({ locations: ['Shanghai 1'] }, { ...facts, location: null })).toBe(false);
  });
});

describe('assignment picks', () => {
  const members = [
    { id: 'a', openCases: 2 },
    { id: 'b', openCases: 1 },
    { id: 'c', openCases: 1 },
  ];
  it('round-robin continues after the last one served and wraps around', () => {
    expect(pickRoundRobin(members, null)?.id).toBe('a');
    expect(pickRoundRobin(members, 'a')?.id).toBe('b');
    expect(pickRoundRobin(members, 'c')?.id).toBe('a');
    expect(pickRoundRobin(members, 'gone')?.id).toBe('a');
    expect(pickRoundRobin([], null)).toBeUndefined();
  });
  it('least-loaded takes the fewest open cases, ties in round-robin order', () => {
    expect(pickLeastLoaded(members, null)?.id).toBe('b');
    expect(pickLeastLoaded(members, 'b')?.id).toBe('c');
    expect(pickLeastLoaded(members, 'c')?.id).toBe('b');
  });
  it('a rule raises priority but never lowers it', () => {
    expect(higherPriority('normal', 'urgent')).toBe('urgent');
    expect(higherPriority('high', 'low')).toBe('high');
    expect(higherPriority('low', null)).toBe('low');
  });
});
