import { describe, expect, it } from 'vitest';
import { defaultCaseSettings } from '../case-settings.ts';
import { businessDurations, groupKey, percentile } from './business-durations.ts';

describe('percentile', () => {
  it('interpolates between the closest ranks like percentile_cont', () => {
    expect(percentile([90, 10, 30, 45, 20], 0.5)).toBe(30);
    expect(percentile([10, 20, 30, 45, 90], 0.9)).toBeCloseTo(72, 10);
    expect(percentile([120, 200, 300, 1000], 0.5)).toBe(250);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe('businessDurations', () => {
  // Monday 2026-10-05, 17:00 in Shanghai: one business hour is left that day (09:00–18:00).
  const created = new Date('2026-10-05T09:00:00Z');
  const later = (minutes: number) => new Date(created.getTime() + minutes * 60_000);
  const calendar = { timezone: 'Asia/Shanghai', businessHours: defaultCaseSettings.businessHours, holidays: [] };

  it('counts only opening hours, per group', () => {
    const figures = businessDurations(
      [
        { teamId: 't1', assigneeId: 'a1', week: '2026-10-05', createdAt: created, firstRespondedAt: later(30), resolvedAt: later(1000) },
        { teamId: 't1', assigneeId: null, week: '2026-10-05', createdAt: created, firstRespondedAt: later(90), resolvedAt: null },
      ],
      calendar,
    );
    // 30 minutes inside the day; 90 minutes run past closing (60 count); 1000 minutes reach Tuesday 09:40 (60 + 40).
    expect(figures.get(groupKey('overall', null))).toEqual({ firstResponse: [45, 57], resolution: [100, 100] });
    expect(figures.get(groupKey('agent', 'a1'))).toEqual({ firstResponse: [30, 30], resolution: [100, 100] });
    expect(figures.get(groupKey('agent', null))).toEqual({ firstResponse: [60, 60], resolution: null });
    expect(figures.get(groupKey('team', 't1'))?.firstResponse).toEqual([45, 57]);
  });
});
