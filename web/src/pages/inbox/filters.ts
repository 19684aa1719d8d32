import type { FeedbackFilters } from '../../api/types.ts';

// The inbox's view lives in the URL, so a link reproduces it and back/forward step through it.
// touchpoint / stage / journey / theme / breakpoint usually arrive from a dashboard's click-through;
// segment is the dashboards' shared customer-segment filter, carried into the inbox.
export const FILTER_KEYS = [
  'q', 'channel', 'source', 'sentiment', 'lang', 'from', 'to', 'touchpoint_id', 'segment', 'stage_id', 'journey_id', 'theme', 'breakpoint_from', 'breakpoint_to',
] as const;
/** Filters that are shown as removable chips rather than as a select of their own. */
export const SCOPE_FILTER_KEYS = ['stage_id', 'journey_id', 'theme'] as const;
/** A breakpoint is one chip for both of its channels. */
export const BREAKPOINT_KEYS = ['breakpoint_from', 'breakpoint_to'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type InboxFilters = Partial<Record<FilterKey, string>>;

/** The open detail panel is in the URL too, but choosing an item must not reload the list. */
export const SELECTED_ITEM_PARAM = 'item';

export function readFilters(params: URLSearchParams): InboxFilters {
  const filters: InboxFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

export function hasActiveFilters(filters: InboxFilters): boolean {
  return FILTER_KEYS.some((key) => Boolean(filters[key]));
}

/** A stable string for "the same query", used to know when the list must start over. */
export function filtersKey(filters: InboxFilters): string {
  return FILTER_KEYS.map((key) => `${key}=${filters[key] ?? ''}`).join('&');
}

export function withFilter(params: URLSearchParams, key: FilterKey, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}

export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of FILTER_KEYS) next.delete(key);
  return next;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The date inputs hold calendar days in the user's own time zone; the API wants instants.
 * `from` starts at the day's first millisecond and `to` ends at its last, so a one-day range
 * covers the whole day whether the server treats `to` as inclusive or exclusive.
 */
function dayBoundary(day: string | undefined, end: boolean): string | undefined {
  const match = day ? DAY_PATTERN.exec(day) : null;
  if (!match) return undefined;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  const local = end
    ? new Date(year, month - 1, date, 23, 59, 59, 999)
    : new Date(year, month - 1, date, 0, 0, 0, 0);
  return Number.isNaN(local.getTime()) ? undefined : local.toISOString();
}

export function toApiFilters(filters: InboxFilters): FeedbackFilters {
  return {
    segment: filters.segment,
    breakpoint_from: filters.breakpoint_from,
    breakpoint_to: filters.breakpoint_to,
    touchpoint_id: filters.touchpoint_id,
    stage_id: filters.stage_id,
    journey_id: filters.journey_id,
    theme: filters.theme,
    q: filters.q,
    channel: filters.channel,
    source: filters.source,
    sentiment: filters.sentiment,
    lang: filters.lang,
    from: dayBoundary(filters.from, false),
    to: dayBoundary(filters.to, true),
  };
}
