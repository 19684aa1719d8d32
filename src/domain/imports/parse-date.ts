// Dates as exports write them: ISO 8601, "2026-05-01 08:30", "2026/5/1", "2026年5月1日 8:30", Unix
// seconds or milliseconds, and Excel dates. A date without a UTC offset is wall-clock time in the
// import's time zone (default Asia/Shanghai), which is how the system that exported it meant it.
import type { Cell } from './cells.ts';

export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

const WALL_CLOCK = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(?:[.,](\d{1,6}))?)?)?$/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const FIXED_OFFSET = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

export function isValidTimezone(zone: string): boolean {
  if (FIXED_OFFSET.test(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The instant, or an error message for a value that is not a date. */
export function parseDate(cell: Cell, timezone: string): Date | string {
  if (cell instanceof Date) {
    // XLSX stores wall-clock time; exceljs hands it over as if it were UTC.
    return fromWallClock(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate(), cell.getUTCHours(), cell.getUTCMinutes(), cell.getUTCSeconds(), cell.getUTCMilliseconds(), timezone);
  }
  if (typeof cell === 'number') return fromNumber(cell, timezone);
  const text = String(cell).trim();
  if (/^\d{10}(\d{3})?$/.test(text)) return fromNumber(Number(text), timezone);
  if (ISO_WITH_OFFSET.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? notADate(text) : date;
  }
  const match = WALL_CLOCK.exec(text);
  if (!match) return notADate(text);
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return notADate(text);
  const date = fromWallClock(year, month, day, hour, minute, second, Math.round(Number(`0.${fraction}`) * 1000), timezone);
  // 2026-02-31 rolls over in Date.UTC: refuse it rather than import the wrong day.
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 ? date : notADate(text);
}

function notADate(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `"${shown}" is not a date; use e.g. 2026-05-01 08:30, 2026-05-01T08:30:00+08:00 or Unix seconds`;
}

function fromNumber(value: number, timezone: string): Date | string {
  if (value > 1e12) return new Date(value);
  if (value > 1e9) return new Date(value * 1000);
  // Excel's day count (1900 date system), when a date cell lost its date format.
  if (value > 20_000 && value < 80_000) {
    const wall = new Date(Math.round((value - 25_569) * 86_400_000));
    return parseDate(wall, timezone);
  }
  return `${value} is not a date`;
}

function fromWallClock(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, timezone: string): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // The zone's offset at that moment; a second pass settles days on which the offset changes.
  let instant = asUtc - offsetMs(timezone, asUtc);
  instant = asUtc - offsetMs(timezone, instant);
  return new Date(instant);
}

function offsetMs(timezone: string, instant: number): number {
  const fixed = FIXED_OFFSET.exec(timezone);
  if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0)) * 60_000;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}
