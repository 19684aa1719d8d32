import { describe, expect, it } from 'vitest';
import { isValidTimezone, parseDate } from './parse-date.ts';

describe('parseDate', () => {
  it.each([
    ['2026-05-01T08:30:00+08:00', 'Asia/Shanghai', '2026-05-01T00:30:00.000Z'],
    ['2026-05-01T08:30:00Z', 'Asia/Shanghai', '2026-05-01T08:30:00.000Z'],
    ['2026-05-01 08:30', 'Asia/Shanghai', '2026-05-01T00:30:00.000Z'],
    ['2026/5/1 8:30:15', 'Asia/Shanghai', '2026-05-01T00:30:15.000Z'],
    ['2026年5月1日 08:30', 'Asia/Shanghai', '2026-05-01T00:30:00.000Z'],
    ['2026-05-01', 'UTC', '2026-05-01T00:00:00.000Z'],
    ['2026-07-01 12:00', 'Europe/London', '2026-07-01T11:00:00.000Z'],
    ['2026-01-01 12:00', 'Europe/London', '2026-01-01T12:00:00.000Z'],
    ['2026-05-01 08:30', '+05:30', '2026-05-01T03:00:00.000Z'],
    ['1777595400', 'UTC', '2026-05-01T00:30:00.000Z'],
    ['1777595400000', 'UTC', '2026-05-01T00:30:00.000Z'],
  ])('reads %s in %s', (value, zone, expected) => {
    expect((parseDate(value, zone) as Date).toISOString()).toBe(expected);
  });

  it('reads XLSX dates as wall-clock time in the zone', () => {
    expect((parseDate(new Date('2026-05-01T08:30:00Z'), 'Asia/Shanghai') as Date).toISOString()).toBe('2026-05-01T00:30:00.000Z');
    expect((parseDate(46143.5, 'UTC') as Date).toISOString()).toBe('2026-05-01T12:00:00.000Z');
  });

  it.each(['yesterday', '2026-02-31', '2026-13-01', '31/12/2026', '12'])('refuses %s with a message', (value) => {
    expect(typeof parseDate(value, 'UTC')).toBe('string');
  });

  it('knows valid time zones', () => {
    expect(isValidTimezone('Asia/Shanghai')).toBe(true);
    expect(isValidTimezone('+08:00')).toBe(true);
    expect(isValidTimezone('Mars/Olympus')).toBe(false);
  });
});
