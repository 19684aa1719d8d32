// The 360 summary of one customer, computed from their items: what an agent needs at a glance so the
// customer does not have to explain twice — latest scores, how their mood is moving, what they keep
// talking about, and the path they took across channels.
import type { SummaryItemRow } from './customers.repo.ts';

export const SUMMARY_ITEM_LIMIT = 5_000;
const TREND_POINTS = 100;
const TOP_THEMES = 10;
const PATH_STEPS = 30;
// A move of the average sentiment by more than this (on [-1, 1]) counts as a change of mood.
const TREND_THRESHOLD = 0.2;

export interface LatestRating {
  value: number;
  occurredAt: Date;
  feedbackId: string;
  channel: string;
}

export interface CustomerSummary {
  feedbackCount: number;
  /** The summary reads at most the newest SUMMARY_ITEM_LIMIT items; feedbackCount is always exact. */
  itemsConsidered: number;
  bySource: Array<{ source: string; count: number }>;
  byChannel: Array<{ channel: string; count: number }>;
  latest: Partial<Record<'nps' | 'csat' | 'ces' | 'stars', LatestRating>>;
  sentiment: {
    average: number | null;
    latestLabel: string | null;
    trend: 'improving' | 'worsening' | 'stable' | null;
    points: Array<{ feedbackId: string; occurredAt: Date; score: number; label: string | null; channel: string }>;
  };
  themes: Array<{ id: string; labelEn: string; labelZh: string; count: number; negative: number }>;
  channelPath: Array<{ channel: string; from: Date; to: Date; count: number }>;
  breakpoints: Array<{ from: string; to: string; count: number }>;
}

/** `items` newest first, as the repository returns them. */
export function summariseCustomer(total: number, items: SummaryItemRow[]): CustomerSummary {
  const chronological = [...items].reverse();
  return {
    feedbackCount: total,
    itemsConsidered: items.length,
    bySource: countBy(items, (item) => item.source).map(([source, count]) => ({ source, count })),
    byChannel: countBy(items, (item) => item.channel).map(([channel, count]) => ({ channel, count })),
    latest: latestRatings(items),
    sentiment: sentimentOf(chronological),
    themes: themesOf(items),
    channelPath: channelPath(chronological),
    breakpoints: countBy(
      items.filter((item) => item.breakpointFrom && item.breakpointTo),
      (item) => `${item.breakpointFrom}→${item.breakpointTo}`,
    ).map(([key, count]) => {
      const [from, to] = key.split('→') as [string, string];
      return { from, to, count };
    }),
  };
}

function countBy<T>(items: T[], keyOf: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function latestRatings(newestFirst: SummaryItemRow[]): CustomerSummary['latest'] {
  const latest: CustomerSummary['latest'] = {};
  for (const metric of ['nps', 'csat', 'ces', 'stars'] as const) {
    const item = newestFirst.find((candidate) => candidate[metric] !== null);
    if (item) latest[metric] = { value: Number(item[metric]), occurredAt: item.occurredAt, feedbackId: item.id, channel: item.channel };
  }
  return latest;
}

function sentimentOf(chronological: SummaryItemRow[]): CustomerSummary['sentiment'] {
  const scored = chronological.filter((item) => item.sentimentScore !== null);
  const scores = scored.map((item) => item.sentimentScore!);
  const mean = (values: number[]) => (values.length === 0 ? null : round(values.reduce((sum, value) => sum + value, 0) / values.length));
  let trend: CustomerSummary['sentiment']['trend'] = null;
  if (scores.length >= 2) {
    // The latest few against the few before them: a mood change an agent should know about.
    const window = Math.min(3, Math.floor(scores.length / 2));
    const recent = mean(scores.slice(-window))!;
    const before = mean(scores.slice(-2 * window, -window))!;
    trend = recent - before > TREND_THRESHOLD ? 'improving' : before - recent > TREND_THRESHOLD ? 'worsening' : 'stable';
  }
  return {
    average: mean(scores),
    latestLabel: scored.at(-1)?.sentimentLabel ?? null,
    trend,
    points: scored.slice(-TREND_POINTS).map((item) => ({
      feedbackId: item.id,
      occurredAt: item.occurredAt,
      score: item.sentimentScore!,
      label: item.sentimentLabel,
      channel: item.channel,
    })),
  };
}

function themesOf(items: SummaryItemRow[]): CustomerSummary['themes'] {
  const themes = new Map<string, { id: string; labelEn: string; labelZh: string; count: number; negative: number }>();
  for (const item of items) {
    for (const id of item.themes) {
      let theme = themes.get(id);
      if (!theme) {
        const label = item.themeLabels?.find((candidate) => candidate.id === id);
        theme = { id, labelEn: label?.label_en ?? id, labelZh: label?.label_zh ?? id, count: 0, negative: 0 };
        themes.set(id, theme);
      }
      theme.count += 1;
      if (item.sentimentLabel === 'negative') theme.negative += 1;
    }
  }
  return [...themes.values()].sort((a, b) => b.count - a.count || b.negative - a.negative || a.id.localeCompare(b.id)).slice(0, TOP_THEMES);
}

/** Consecutive items on one channel are one step: website → store → call centre reads as the customer lived it. */
function channelPath(chronological: SummaryItemRow[]): CustomerSummary['channelPath'] {
  const steps: CustomerSummary['channelPath'] = [];
  for (const item of chronological) {
    const last = steps.at(-1);
    if (last && last.channel === item.channel) {
      last.to = item.occurredAt;
      last.count += 1;
    } else {
      steps.push({ channel: item.channel, from: item.occurredAt, to: item.occurredAt, count: 1 });
    }
  }
  return steps.slice(-PATH_STEPS);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
