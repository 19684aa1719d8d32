// When things happen in the demo year: volume grows as the brand grows, weekends and Golden Week
// fill the showrooms, shopping festivals fill the accessories shop, people write in the daytime and
// the evening (China time), and two incidents happen close enough to `now` for alerts to find them.
import type { Random } from '../generate-demo-dataset.ts';
import type { Incident } from './compose-text.ts';

export const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3600_000;
export const DEMO_YEAR_DAYS = 364;

/** Incident windows in days before `now` and their share of all feedback. */
export const incidents: Record<Incident, { fromDaysBack: number; toDaysBack: number; share: number }> = {
  // A three-week delivery backlog about two months ago.
  delivery_backlog: { fromDaysBack: 70, toDaysBack: 49, share: 0.035 },
  // The app payment outage about three weeks ago: a sharp two-day burst.
  payment_outage: { fromDaysBack: 22, toDaysBack: 20, share: 0.018 },
};

// Relative activity per hour of the day in China: lunch dip, evening peak, quiet nights.
const hourWeights: Array<[number, number]> = [0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.2, 0.4, 0.7, 1.1, 1.2, 1.2, 0.9, 0.9, 1.1, 1.1, 1.1, 1.0, 0.9, 1.1, 1.2, 1.2, 0.7, 0.3].map(
  (weight, hour) => [hour, weight],
);

const chinaMidnightToday = (now: number) => Math.floor((now + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS;

/** A moment `daysBack` whole days before today (China time), at a plausible hour; before `now` unless it is today. */
function momentOnDay(rng: Random, now: number, daysBack: number): number {
  const hour = rng.weighted(hourWeights);
  return chinaMidnightToday(now) - daysBack * DAY_MS + hour * 3600_000 + rng.int(0, 3599_999) - CHINA_OFFSET_MS;
}

/** Local calendar of a day `daysBack` before today in China, for weekday and holiday effects. */
function chinaCalendar(now: number, daysBack: number) {
  const date = new Date(chinaMidnightToday(now) - daysBack * DAY_MS);
  return { weekday: date.getUTCDay(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const MAX_DAY_WEIGHT = 1.45 * 1.25 * 1.5;

function dayWeight(now: number, daysBack: number): number {
  const growth = 0.55 + 0.9 * (1 - daysBack / DEMO_YEAR_DAYS);
  const { weekday, month, day } = chinaCalendar(now, daysBack);
  const weekend = weekday === 0 || weekday === 6 ? 1.25 : 1;
  const goldenWeek = month === 10 && day <= 7 ? 1.5 : 1;
  return growth * weekend * goldenWeek;
}

/**
 * A regular feedback moment in the year before `now`, more likely later in the year and at weekends.
 * Today counts too (up to `now`), so a demo loaded in the afternoon already has today's feedback.
 */
export function sampleRegularMoment(rng: Random, now: number): number {
  for (;;) {
    const daysBack = rng.int(0, DEMO_YEAR_DAYS);
    if (rng.next() * MAX_DAY_WEIGHT >= dayWeight(now, daysBack)) continue;
    const moment = momentOnDay(rng, now, daysBack);
    if (moment <= now) return moment;
  }
}

/** A moment inside an incident window, peaking in its middle the way complaints build and fade. */
export function sampleIncidentMoment(rng: Random, now: number, incident: Incident): number {
  const { fromDaysBack, toDaysBack } = incidents[incident];
  const peaked = (rng.next() + rng.next()) / 2;
  const daysBack = Math.round(toDaysBack + (fromDaysBack - toDaysBack) * peaked);
  return momentOnDay(rng, now, Math.max(1, daysBack));
}

/** 618 and Double 11: the shopping festivals when the accessories shop gets busy. */
export function isShoppingFestival(moment: number): boolean {
  const date = new Date(moment + CHINA_OFFSET_MS);
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return (month === 6 && day <= 18) || (month === 11 && day <= 11);
}

/** The calendar year of a moment in China, for order numbers like SO-2025-00123. */
export const chinaYear = (moment: number) => new Date(moment + CHINA_OFFSET_MS).getUTCFullYear();
