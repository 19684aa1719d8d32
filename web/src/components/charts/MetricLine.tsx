// A compact line of figures for a stage, touchpoint or channel: volume, NPS, CSAT, net sentiment.
import { useTranslation } from 'react-i18next';
import type { Metrics } from '../../api/metrics.ts';
import { useFormat } from '../../i18n/format.ts';

export function MetricLine({ metrics, testId }: { metrics: Metrics; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <span className="metric-line" data-testid={testId}>
      <span data-metric="volume">{t('dashboards.short.volume')} {format.number(metrics.volume)}</span>
      <span data-metric="nps">{t('dashboards.short.nps')} {format.number(metrics.nps.value, 1)}</span>
      <span data-metric="csat">{t('dashboards.short.csat')} {metrics.csat.value === null ? '—' : `${format.number(metrics.csat.value, 1)}%`}</span>
      <span data-metric="sentiment">{t('dashboards.short.sentiment')} {format.number(metrics.sentiment.value, 1)}</span>
    </span>
  );
}
