// SLA clocks count business time only: the weekly opening hours of the organisation, in its own IANA
// zone, minus its holidays. Pure functions on instants (Date), using Intl for the zone rules, so daylight
// saving shifts (America/New_York, Europe/Berlin …) are handled by the platform's time-zone database.
import type { BusinessHours, BusinessPeriod, Weekday } from '../case-settings.ts';

export interface BusinessCalendar {
  timezone: string;
  businessHours: BusinessHours;
  /** YYYY-MM-DD, whole days without business hours in the calendar's zone. */
  holidays: readonly string[];
}

const MINUTE = 60_000;
// Date.getUTCDay() order: Sunday first.
const weekdayByUtcDay: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const clockPattern = /^(\d{2}):(\d{2})$/;

/** "HH:MM" → minutes after midnight (00:00–24:00), or null when malformed. */
export function parseClock(value: string): number | null {
  const match = clockPattern.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

export function isValidTimeZone(timezone: string): boolean {
  if (!timezone || timezone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/** Minutes of business time in an ordinary week (no holidays); 0 means the clock could never run. */
export function weeklyBusinessMinutes(hours: BusinessHours): number {
  let total = 0;
  for (const periods of Object.values(hours)) {
    for (const period of periods) total += Math.max(0, (parseClock(period.end) ?? 0) - (parseClock(period.start) ?? 0));
  }
  return total;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** The wall-clock reading of an instant in the zone, as if that reading were UTC (milliseconds). */
function wallClockAsUtc(timezone: string, instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timezone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
}

/** The zone's offset from UTC at an instant, in milliseconds (whole seconds). */
function offsetAt(timezone: string, instant: number): number {
  const wholeSeconds = Math.floor(instant / 1000) * 1000;
  return wallClockAsUtc(timezone, wholeSeconds) - wholeSeconds;
}

/**
 * The instant at which the zone's clocks read `minuteOfDay` on `date`. A reading skipped by a spring-forward
 * gap maps to the moment after the gap; a reading repeated by a fall-back maps to its first occurrence.
 */
export function zonedInstant(timezone: string, date: LocalDate, minuteOfDay: number): number {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE;
  const firstOffset = offsetAt(timezone, asUtc);
  const candidate = asUtc - firstOffset;
  const secondOffset = offsetAt(timezone, candidate);
  if (secondOffset === firstOffset) return candidate;
  const retry = asUtc - secondOffset;
  if (offsetAt(timezone, retry) === secondOffset) return Math.min(candidate, retry);
  return Math.max(candidate, retry);
}

function localDateOf(timezone: string, instant: number): LocalDate {
  const wall = new Date(wallClockAsUtc(timezone, instant));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

function nextDay(date: LocalDate): LocalDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

function isoDate(date: LocalDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** The business intervals [start, end) of one local day, as instants in ascending order. */
function intervalsOf(calendar: BusinessCalendar, holidays: ReadonlySet<string>, date: LocalDate): Array<[number, number]> {
  if (holidays.has(isoDate(date))) return [];
  const weekday = weekdayByUtcDay[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]!;
  const periods: BusinessPeriod[] = calendar.businessHours[weekday] ?? [];
  const intervals: Array<[number, number]> = [];
  for (const period of periods) {
    const start = parseClock(period.start);
    const end = parseClock(period.end);
    if (start === null || end === null || end <= start) continue;
    const from = zonedInstant(calendar.timezone, date, start);
    const to = zonedInstant(calendar.timezone, date, end);
    // A period lying wholly inside a spring-forward gap has no length that day.
    if (to > from) intervals.push([from, to]);
  }
  return intervals.sort((a, b) => a[0] - b[0]);
}

function assertRunnable(calendar: BusinessCalendar): void {
  if (!isValidTimeZone(calendar.timezone)) throw new RangeError(`Unknown time zone "${calendar.timezone}".`);
  if (weeklyBusinessMinutes(calendar.businessHours) <= 0) throw new RangeError('The business hours contain no time at all.');
}

/**
 * How many local days may be visited before `minutes` of business time are surely found: every week
 * brings at least one business minute unless a holiday removes it, and each holiday costs at most a week.
 */
function dayBudget(calendar: BusinessCalendar, minutes: number): number {
  const perWeek = weeklyBusinessMinutes(calendar.businessHours);
  return 7 * (Math.ceil(minutes / perWeek) + 2 + calendar.holidays.length);
}

/** The moment at which `minutes` of business time have passed since `start` (fractions allowed). */
export function addBusinessMinutes(calendar: BusinessCalendar, start: Date, minutes: number): Date {
  assertRunnable(calendar);
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError('minutes must be a finite number ≥ 0.');
  const holidays = new Set(calendar.holidays);
  let remaining = Math.round(minutes * MINUTE);
  const cursor = start.getTime();
  let date = localDateOf(calendar.timezone, cursor);
  const budget = dayBudget(calendar, minutes);
  for (let visited = 0; visited <= budget; visited += 1, date = nextDay(date)) {
    for (const [from, to] of intervalsOf(calendar, holidays, date)) {
      if (to <= cursor) continue;
      const effectiveStart = Math.max(from, cursor);
      if (remaining <= to - effectiveStart) {
        // Zero minutes from outside business hours still waits for the next opening.
        return new Date(effectiveStart + remaining);
      }
      remaining -= to - effectiveStart;
    }
  }
  throw new RangeError('Business time could not be found within the expected number of days.');
}

/** Business minutes between two moments (0 when `to` is not after `from`); fractional. */
export function businessMinutesBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  assertRunnable(calendar);
  const start = from.getTime();
  const end = to.getTime();
  if (end <= start) return 0;
  const holidays = new Set(calendar.holidays);
  let total = 0;
  let date = localDateOf(calendar.timezone, start);
  // Each local day starts before the next instant of `end`'s day; one extra day covers zone shifts.
  const lastDay = isoDate(localDateOf(calendar.timezone, end));
  for (;;) {
    for (const [intervalStart, intervalEnd] of intervalsOf(calendar, holidays, date)) {
      const overlap = Math.min(intervalEnd, end) - Math.max(intervalStart, start);
      if (overlap > 0) total += overlap;
    }
    if (isoDate(date) >= lastDay) break;
    date = nextDay(date);
  }
  return total / MINUTE;
}
