import { describe, expect, it } from 'vitest';
import { emptySums, figuresOf, weeksOf } from './service-figures.ts';

describe('figuresOf', () => {
  it('derives rates, averages and durations from the counts', () => {
    const figures = figuresOf({
      ...emptySums('overall', null),
      cases: 10, open: 4, resolved: 6, escalated: 1, firstResponses: 8, firstResponseMinutes: [30, 90], resolutionMinutes: [600, 1500],
      firstContactResolved: 3, transfers: 5, transferred: 4, firstResponseDue: 8, firstResponseMet: 6, resolutionDue: 5, resolutionMet: 5,
    });
    expect(figures.firstResponse).toEqual({ n: 8, medianMinutes: 30, p90Minutes: 90, businessMedianMinutes: null, businessP90Minutes: null });
    expect(figures.resolution).toEqual({ n: 6, medianMinutes: 600, p90Minutes: 1500, businessMedianMinutes: null, businessP90Minutes: null });
    expect(figures.firstContactResolution).toMatchObject({ value: 50, n: 6 });
    expect(figures.transfers.perCase).toBe(0.5);
    expect(figures.transfers.transferredShare).toMatchObject({ value: 40, n: 10 });
    expect(figures.sla.firstResponse).toMatchObject({ due: 8, met: 6, compliance: { value: 75, n: 8 } });
    expect(figures.sla.resolution.compliance.value).toBe(100);
    expect(figures.sla.resolution.compliance.ci![0]).toBeLessThan(100);
  });

  it('has no rates and no durations without cases', () => {
    const figures = figuresOf(emptySums('team', 'x'));
    expect(figures.firstContactResolution.value).toBeNull();
    expect(figures.transfers.perCase).toBeNull();
    expect(figures.firstResponse.medianMinutes).toBeNull();
    expect(figures.sla.firstResponse.compliance.value).toBeNull();
  });
});

describe('weeksOf', () => {
  it('lists the Mondays of every week overlapping the range', () => {
    expect(weeksOf('2026-11-04', '2026-11-23')).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
    expect(weeksOf('2026-11-02', '2026-11-08')).toEqual(['2026-11-02']);
    expect(weeksOf('2026-11-08', '2026-11-08')).toEqual(['2026-11-02']);
  });
});
