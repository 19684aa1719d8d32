// Splits a day range into the whole calendar months inside it (read from the monthly rollups) and
// the leftover days at its edges (read from the daily rollups), so a year costs ~12 + 60 rows per
// key instead of 365.

export interface Split {
  /** Inclusive day ranges for the daily tables. */
  days: Array<[string, string]>;
  /** Inclusive ranges of month starts for the monthly tables. */
  months: Array<[string, string]>;
}

const DAY_MS = 86_400_000;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);
const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const nextMonthStart = (day: string) => {
  const date = new Date(ms(monthStart(day)));
  date.setUTCMonth(date.getUTCMonth() + 1);
  return toDay(date.getTime());
};

export function splitRange(from: string, to: string): Split {
  if (from > to) return { days: [], months: [] };
  // First whole month: `from` itself if it is a 1st, else the next month's 1st.
  const firstWhole = from.endsWith('-01') ? from : nextMonthStart(from);
  // Last whole month: the month of `to` if `to` is its last day, else the month before.
  const toIsMonthEnd = nextMonthStart(to) === toDay(ms(to) + DAY_MS);
  const afterLastWhole = toIsMonthEnd ? nextMonthStart(to) : monthStart(to);
  if (firstWhole >= afterLastWhole) return { days: [[from, to]], months: [] };
  const lastWhole = toDay(ms(afterLastWhole) - DAY_MS).slice(0, 7) + '-01';
  const days: Array<[string, string]> = [];
  if (from < firstWhole) days.push([from, toDay(ms(firstWhole) - DAY_MS)]);
  if (afterLastWhole <= to) days.push([afterLastWhole, to]);
  return { days, months: [[firstWhole, lastWhole]] };
}
