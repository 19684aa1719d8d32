import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BusinessHours } from '../case-settings.ts';
import { addBusinessMinutes, businessMinutesBetween, isValidTimeZone, parseClock, weeklyBusinessMinutes, zonedInstant, type BusinessCalendar } from './business-time.ts';

const nineToSix = [{ start: '09:00', end: '18:00' }];
const officeWeek: BusinessHours = { mon: nineToSix, tue: nineToSix, wed: nineToSix, thu: nineToSix, fri: nineToSix, sat: [], sun: [] };
const allDay = [{ start: '00:00', end: '24:00' }];
const alwaysOpen: BusinessHours = { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay };

function calendar(overrides: Partial<BusinessCalendar> = {}): BusinessCalendar {
  return { timezone: 'Asia/Shanghai', businessHours: officeWeek, holidays: [], ...overrides };
}

const at = (iso: string) => new Date(iso);

describe('parseClock', () => {
  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['23:59', 1439],
    ['24:00', 1440],
  ])('reads %s', (value, minutes) => expect(parseClock(value)).toBe(minutes));

  it.each(['9:00', '24:01', '25:00', '12:60', '', 'noon', '12:00:00'])('refuses %j', (value) => expect(parseClock(value)).toBeNull());
});

describe('isValidTimeZone', () => {
  it('knows IANA zones and refuses made-up ones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('weeklyBusinessMinutes', () => {
  it('sums every period of the week', () => {
    expect(weeklyBusinessMinutes(officeWeek)).toBe(5 * 9 * 60);
    expect(weeklyBusinessMinutes({ ...officeWeek, mon: [], tue: [], wed: [], thu: [], fri: [] })).toBe(0);
  });
});

describe('zonedInstant', () => {
  it('maps wall-clock readings to instants on both sides of New York daylight saving', () => {
    // 2026-03-08: clocks jump from 02:00 EST to 03:00 EDT.
    expect(new Date(zonedInstant('America/New_York', { year: 2026, month: 3, day: 7 }, 9 * 60)).toISOString()).toBe('2026-03-07T14:00:00.000Z');
    expect(new Date(zonedInstant('America/New_York', { year: 2026, month: 3, day: 9 }, 9 * 60)).toISOString()).toBe('2026-03-09T13:00:00.000Z');
    // 02:30 does not exist that day: the moment after the gap is used.
    expect(new Date(zonedInstant('America/New_York', { year: 2026, month: 3, day: 8 }, 150)).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    // 2026-11-01: 01:30 happens twice; the first (EDT) is used.
    expect(new Date(zonedInstant('America/New_York', { year: 2026, month: 11, day: 1 }, 90)).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });
});

describe('addBusinessMinutes', () => {
  it('counts within the same business day', () => {
    // Tuesday 10:00 in Shanghai (UTC+8) = 02:00Z.
    expect(addBusinessMinutes(calendar(), at('2026-03-03T02:00:00Z'), 120).toISOString()).toBe('2026-03-03T04:00:00.000Z');
  });

  it('carries what is left of the day over to the next morning', () => {
    // Tuesday 17:00 + 2h → Wednesday 10:00.
    expect(addBusinessMinutes(calendar(), at('2026-03-03T09:00:00Z'), 120).toISOString()).toBe('2026-03-04T02:00:00.000Z');
  });

  it('starts the clock at the next opening when the moment is outside business hours', () => {
    // Friday 20:00 Shanghai + 30 min → Monday 09:30.
    expect(addBusinessMinutes(calendar(), at('2026-03-06T12:00:00Z'), 30).toISOString()).toBe('2026-03-09T01:30:00.000Z');
    // Zero minutes from a closed moment also waits for the opening.
    expect(addBusinessMinutes(calendar(), at('2026-03-06T12:00:00Z'), 0).toISOString()).toBe('2026-03-09T01:00:00.000Z');
  });

  it('skips holidays as whole days', () => {
    // Friday 20:00, Monday is a holiday → Tuesday 09:30.
    const withHoliday = calendar({ holidays: ['2026-03-09'] });
    expect(addBusinessMinutes(withHoliday, at('2026-03-06T12:00:00Z'), 30).toISOString()).toBe('2026-03-10T01:30:00.000Z');
  });

  it('walks across several periods of one day (lunch break)', () => {
    const split = [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '18:00' }];
    const lunch = calendar({ businessHours: { ...officeWeek, tue: split } });
    // Tuesday 11:00 + 90 min → 1h before lunch, 30 min after → 13:30.
    expect(addBusinessMinutes(lunch, at('2026-03-03T03:00:00Z'), 90).toISOString()).toBe('2026-03-03T05:30:00.000Z');
    // Periods listed out of order are read in time order.
    const reversed = calendar({ businessHours: { ...officeWeek, tue: [split[1]!, split[0]!] } });
    expect(addBusinessMinutes(reversed, at('2026-03-03T03:00:00Z'), 90).toISOString()).toBe('2026-03-03T05:30:00.000Z');
  });

  it('adds several weeks of business time', () => {
    // 2700 min = one office week (5 × 9h): Monday 09:00 → Friday 18:00; 5400 → the following Friday.
    expect(addBusinessMinutes(calendar(), at('2026-03-02T01:00:00Z'), 2700).toISOString()).toBe('2026-03-06T10:00:00.000Z');
    expect(addBusinessMinutes(calendar(), at('2026-03-02T01:00:00Z'), 5400).toISOString()).toBe('2026-03-13T10:00:00.000Z');
  });

  it('keeps opening hours in local time across New York daylight saving', () => {
    const newYork = calendar({ timezone: 'America/New_York' });
    // Friday 2026-03-06 17:00 EST (22:00Z) + 2h → Monday 2026-03-09 10:00 EDT (14:00Z).
    expect(addBusinessMinutes(newYork, at('2026-03-06T22:00:00Z'), 120).toISOString()).toBe('2026-03-09T14:00:00.000Z');
    // Round-the-clock hours: the spring-forward Sunday has 23 hours.
    const alwaysNewYork = calendar({ timezone: 'America/New_York', businessHours: alwaysOpen });
    expect(businessMinutesBetween(alwaysNewYork, at('2026-03-08T05:00:00Z'), at('2026-03-09T04:00:00Z'))).toBe(23 * 60);
    expect(businessMinutesBetween(alwaysNewYork, at('2026-11-01T04:00:00Z'), at('2026-11-02T05:00:00Z'))).toBe(25 * 60);
    expect(addBusinessMinutes(alwaysNewYork, at('2026-03-08T05:00:00Z'), 24 * 60).toISOString()).toBe('2026-03-09T05:00:00.000Z');
  });

  it('handles a zone without daylight saving and a negative offset', () => {
    const saoPaulo = calendar({ timezone: 'America/Sao_Paulo' });
    // Monday 08:00 in São Paulo (UTC−3) + 60 min → 10:00 local = 13:00Z.
    expect(addBusinessMinutes(saoPaulo, at('2026-03-02T11:00:00Z'), 60).toISOString()).toBe('2026-03-02T13:00:00.000Z');
  });

  it('refuses a week with no business hours instead of looping forever', () => {
    const closed = calendar({ businessHours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } });
    expect(() => addBusinessMinutes(closed, at('2026-03-02T01:00:00Z'), 10)).toThrow(RangeError);
    expect(() => businessMinutesBetween(closed, at('2026-03-02T01:00:00Z'), at('2026-03-03T01:00:00Z'))).toThrow(RangeError);
  });

  it('refuses an unknown zone and negative minutes', () => {
    expect(() => addBusinessMinutes(calendar({ timezone: 'Nowhere/Land' }), at('2026-03-02T01:00:00Z'), 10)).toThrow(RangeError);
    expect(() => addBusinessMinutes(calendar(), at('2026-03-02T01:00:00Z'), -1)).toThrow(RangeError);
  });

  it('ends even when a long run of holidays covers every business day for weeks', () => {
    const holidays = Array.from({ length: 60 }, (_, index) => new Date(Date.UTC(2026, 2, 2 + index)).toISOString().slice(0, 10));
    const result = addBusinessMinutes(calendar({ holidays }), at('2026-03-02T01:00:00Z'), 60);
    expect(result.toISOString()).toBe('2026-05-01T02:00:00.000Z');
  });
});

describe('businessMinutesBetween', () => {
  it('counts only business time, skipping nights, weekends and holidays', () => {
    // Friday 17:00 → Tuesday 10:00 Shanghai, Monday a holiday: 60 + 60.
    const withHoliday = calendar({ holidays: ['2026-03-09'] });
    expect(businessMinutesBetween(withHoliday, at('2026-03-06T09:00:00Z'), at('2026-03-10T02:00:00Z'))).toBe(120);
    expect(businessMinutesBetween(calendar(), at('2026-03-10T02:00:00Z'), at('2026-03-06T09:00:00Z'))).toBe(0);
  });

  it('is the inverse of addBusinessMinutes (property)', () => {
    const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'UTC'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.boolean(),
        (timezone, startMs, minutes, roundTheClock) => {
          const cal = calendar({ timezone, businessHours: roundTheClock ? alwaysOpen : officeWeek, holidays: ['2026-01-01', '2026-10-01'] });
          const start = new Date(startMs);
          const end = addBusinessMinutes(cal, start, minutes);
          expect(end.getTime()).toBeGreaterThanOrEqual(start.getTime());
          expect(Math.round(businessMinutesBetween(cal, start, end) * 1000) / 1000).toBe(minutes);
        },
      ),
      { numRuns: 300 },
    );
  });
});
