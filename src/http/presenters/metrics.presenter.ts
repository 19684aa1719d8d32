// The public JSON shapes of metrics. Numbers are rounded to what a dashboard can show meaningfully
// (two decimals), so the page and an API client read exactly the same figures.
import type { ChannelComparison } from '../../domain/metrics/compare-channels.ts';
import type { ChannelDescriptors } from '../../domain/metrics/describe-channels.ts';
import type { ThemeExplorer } from '../../domain/metrics/explore-themes.ts';
import type { Breakdown } from '../../domain/metrics/get-breakdown.ts';
import type { JourneyMap } from '../../domain/metrics/get-journey-map.ts';
import type { Overview, ThemeMove } from '../../domain/metrics/get-overview.ts';
import type { Trend } from '../../domain/metrics/get-trend.ts';
import type { KeyedMetrics } from '../../domain/metrics/grouping.ts';
import type { Verbatim } from '../../domain/metrics/list-theme-verbatims.ts';
import type { MetricChanges, MetricSet } from '../../domain/metrics/metric-set.ts';
import type { SummaryScheduleRow } from '../../domain/metrics/metrics.repo.ts';
import type { Change, Estimate } from '../../domain/metrics/statistics.ts';
import { presentFeedback } from './feedback.presenter.ts';

const r = (value: number | null | undefined) => (value === null || value === undefined || !Number.isFinite(value) ? null : Math.round(value * 100) / 100);

const presentEstimate = (e: Estimate) => ({ value: r(e.value), n: e.n, se: r(e.se), ci_low: r(e.ci?.[0]), ci_high: r(e.ci?.[1]) });

const presentChange = (c: Change) => ({
  previous: r(c.previous),
  delta: r(c.delta),
  z: r(c.z),
  significant: c.significant,
  direction: c.direction,
  insufficient_n: c.insufficient,
});

export const presentMetrics = (m: MetricSet) => ({
  volume: m.volume,
  nps: presentEstimate(m.nps),
  csat: presentEstimate(m.csat),
  csat_mean: presentEstimate(m.csat_mean),
  ces: presentEstimate(m.ces),
  sentiment: presentEstimate(m.sentiment),
  sentiment_mean: r(m.sentiment_mean),
});

const presentChanges = (c: MetricChanges) => Object.fromEntries(Object.entries(c).map(([name, change]) => [name, presentChange(change)]));
const presentKeyed = (row: KeyedMetrics) => ({ key: row.key, metrics: presentMetrics(row.metrics), changes: presentChanges(row.changes) });
const names = (row: { nameEn: string | null; nameZh: string | null }) => ({ name_en: row.nameEn, name_zh: row.nameZh });
const presentMove = (m: ThemeMove) => ({ theme: m.theme, label_en: m.label_en, label_zh: m.label_zh, current: m.current, previous: m.previous, change: presentChange(m.change) });

export function presentOverview(o: Overview) {
  return {
    period: o.period,
    previous_period: o.previous,
    metrics: presentMetrics(o.current),
    previous: presentMetrics(o.before),
    changes: presentChanges(o.changes),
    trend: o.trend.map((point) => ({ bucket: point.bucket, metrics: presentMetrics(point.metrics) })),
    themes: { rising: o.themes.rising.map(presentMove), falling: o.themes.falling.map(presentMove) },
  };
}

export function presentTrend(t: Trend) {
  return { period: t.period, grain: t.grain, theme: t.theme, points: t.points.map((p) => ({ bucket: p.bucket, metrics: presentMetrics(p.metrics) })) };
}

export function presentBreakdown(b: Breakdown) {
  return { by: b.by, period: b.period, previous_period: b.previous, rows: b.rows.map((row) => ({ ...presentKeyed(row), label_en: row.label_en, label_zh: row.label_zh })) };
}

export function presentJourneyMap(j: JourneyMap) {
  return {
    period: j.period,
    journeys: j.journeys.map((journey) => ({ id: journey.id, ...names(journey) })),
    journey: j.journey && {
      id: j.journey.id,
      ...names(j.journey),
      stages: j.journey.stages.map((stage) => ({
        id: stage.id,
        ...names(stage),
        ...presentKeyed(stage),
        touchpoints: stage.touchpoints.map((t) => ({ id: t.id, ...names(t), channel: t.channel, ...presentKeyed(t) })),
      })),
    },
    breakpoints: j.breakpoints.map((b) => ({ from: b.from, to: b.to, items: b.items, sentiment_mean: r(b.sentiment_mean), negative_share: r(b.negative_share) })),
  };
}

export function presentChannelComparison(c: ChannelComparison) {
  return {
    period: c.period,
    overall: presentMetrics(c.overall),
    consistency: { sentiment: r(c.consistency.sentiment), nps: r(c.consistency.nps) },
    channels: c.channels.map(presentKeyed),
  };
}

export function presentDescriptors(d: ChannelDescriptors) {
  return {
    sample_per_group: d.sample_per_group,
    groups: d.groups.map((g) => ({ channel: g.channel, sentiment: g.sentiment, documents: g.documents, terms: g.terms.map((t) => ({ term: t.term, z: r(t.z), count: t.count })) })),
  };
}

export function presentThemeExplorer(t: ThemeExplorer) {
  return {
    period: t.period,
    overall: presentMetrics(t.overall),
    themes: t.themes.map((row) => ({
      theme: row.theme,
      label_en: row.label_en,
      label_zh: row.label_zh,
      metrics: presentMetrics(row.metrics),
      share: r(row.share),
      nps_impact: r(row.nps_impact),
      volume_change: presentChange(row.volume_change),
    })),
  };
}

export const presentVerbatim = (v: Verbatim) => ({ ...presentFeedback(v.item), evidence: v.evidence });

export const presentSummarySchedule = (s: SummaryScheduleRow) => ({
  enabled: s.enabled,
  frequency: s.frequency,
  recipients: s.recipients,
  language: s.language,
  last_sent_at: s.lastSentAt?.toISOString() ?? null,
});
