// The trend chart shared by the overview and the theme explorer: NPS and net sentiment as lines,
// volume as bars on a second axis; and the same figures as an exportable table.
import type { TFunction } from 'i18next';
import type { Metrics } from '../../api/metrics.ts';
import type { ChartOption } from './EChart.tsx';
import type { ExportTable } from './exporters.ts';

type Point = { bucket: string; metrics: Metrics };

export function trendOption(points: Point[], t: TFunction): ChartOption {
  const buckets = points.map((point) => point.bucket);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 56, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: buckets },
    yAxis: [
      { type: 'value', min: -100, max: 100, name: t('dashboards.names.score') },
      { type: 'value', name: t('dashboards.names.volume'), splitLine: { show: false } },
    ],
    series: [
      { name: t('dashboards.names.volume'), type: 'bar', yAxisIndex: 1, data: points.map((p) => p.metrics.volume), itemStyle: { color: '#c7d2fe' } },
      { name: t('dashboards.names.nps'), type: 'line', data: points.map((p) => p.metrics.nps.value), connectNulls: true, itemStyle: { color: '#4f46e5' } },
      { name: t('dashboards.names.sentiment'), type: 'line', data: points.map((p) => p.metrics.sentiment.value), connectNulls: true, itemStyle: { color: '#15803d' } },
    ],
  };
}

export function trendTable(points: Point[], t: TFunction): ExportTable {
  return {
    columns: [t('dashboards.columns.period'), t('dashboards.names.volume'), t('dashboards.names.nps'), t('dashboards.columns.npsN'), t('dashboards.names.csat'), t('dashboards.names.ces'), t('dashboards.names.sentiment')],
    rows: points.map((p) => [p.bucket, p.metrics.volume, p.metrics.nps.value, p.metrics.nps.n, p.metrics.csat.value, p.metrics.ces.value, p.metrics.sentiment.value]),
  };
}
