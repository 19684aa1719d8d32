// Channel consistency: every channel's metrics side by side, a consistency score, and the words
// that set each channel apart in praise and in complaints.
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { metricsApi, type ChannelComparison, type DescriptorGroup } from '../../api/metrics.ts';
import { ChartCard } from '../../components/charts/ChartCard.tsx';
import { DashboardFilterBar } from '../../components/charts/DashboardFilterBar.tsx';
import { EChart, type EChartHandle } from '../../components/charts/EChart.tsx';
import { useDashboardFilters } from '../../components/charts/useDashboardFilters.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useChannels } from '../../hooks/useChannels.ts';
import { useFormat } from '../../i18n/format.ts';

export function ChannelConsistencyPage() {
  const { t } = useTranslation();
  const { filters, key, setFilter, clear } = useDashboardFilters();
  const state = useAsync(() => metricsApi.channels({ ...filters }), [key]);
  const descriptors = useAsync(() => metricsApi.descriptors({ ...filters }), [key]);
  const data = state.data;
  return (
    <div className="page dashboard" data-testid="channels-page">
      <PageHeader title={t('dashboards.channels.title')} subtitle={data ? t('dashboards.period', { ...data.period }) : t('dashboards.channels.subtitle')} />
      <DashboardFilterBar filters={filters} onChange={setFilter} onClear={clear} />
      {filters.channel && <p className="notice">{t('dashboards.channels.channelFilterIgnored')}</p>}
      {state.error ? <ErrorMessage error={state.error} onRetry={state.reload} /> : !data ? <Loading /> : <ChannelsBody data={data} />}
      <ChartCard title={t('dashboards.channels.descriptors')}>
        {descriptors.error ? <ErrorMessage error={descriptors.error} /> : !descriptors.data ? <Loading /> : <Descriptors groups={descriptors.data.groups} />}
      </ChartCard>
    </div>
  );
}

function ChannelsBody({ data }: { data: ChannelComparison }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useChannels();
  const chart = useRef<EChartHandle>(null);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 40 },
      xAxis: { type: 'category', data: data.channels.map((c) => nameOf(c.key)) },
      yAxis: { type: 'value', min: -100, max: 100 },
      series: [
        { name: t('dashboards.names.nps'), type: 'bar', data: data.channels.map((c) => c.metrics.nps.value) },
        { name: t('dashboards.names.csat'), type: 'bar', data: data.channels.map((c) => c.metrics.csat.value) },
        { name: t('dashboards.names.sentiment'), type: 'bar', data: data.channels.map((c) => c.metrics.sentiment.value) },
      ],
    }),
    [data, nameOf, t],
  );
  const table = {
    columns: [t('dashboards.columns.channel'), t('dashboards.names.volume'), t('dashboards.names.nps'), t('dashboards.columns.npsCi'), t('dashboards.names.csat'), t('dashboards.names.ces'), t('dashboards.names.sentiment'), t('dashboards.columns.npsChange')],
    rows: data.channels.map((c) => [
      nameOf(c.key),
      c.metrics.volume,
      c.metrics.nps.value,
      c.metrics.nps.ci_low === null ? null : `${c.metrics.nps.ci_low} – ${c.metrics.nps.ci_high}`,
      c.metrics.csat.value,
      c.metrics.ces.value,
      c.metrics.sentiment.value,
      c.changes.nps.significant ? c.changes.nps.delta : null,
    ]),
  };
  return (
    <>
      <div className="kpi-row">
        <div className="kpi" data-testid="consistency-sentiment">
          <span className="kpi-label">{t('dashboards.channels.consistencySentiment')}</span>
          <span className="consistency" data-testid="consistency-sentiment-value">{format.number(data.consistency.sentiment, 1)}</span>
        </div>
        <div className="kpi" data-testid="consistency-nps">
          <span className="kpi-label">{t('dashboards.channels.consistencyNps')}</span>
          <span className="consistency" data-testid="consistency-nps-value">{format.number(data.consistency.nps, 1)}</span>
        </div>
        <p className="muted small">{t('dashboards.channels.consistencyHelp')}</p>
      </div>
      <ChartCard title={t('dashboards.channels.sideBySide')} table={table} chart={chart} testId="channels-chart">
        <EChart ref={chart} option={option} label={t('dashboards.channels.sideBySide')} />
        <table className="data-table">
          <thead>
            <tr>{table.columns.map((column) => <th key={column}>{column}</th>)}</tr>
          </thead>
          <tbody>
            {data.channels.map((c) => (
              <tr key={c.key} data-testid="channel-row" data-channel={c.key}>
                <td>{nameOf(c.key)}</td>
                <td className="numeric" data-metric="volume">{format.number(c.metrics.volume)}</td>
                <td className="numeric" data-metric="nps">{format.number(c.metrics.nps.value, 1)}</td>
                <td className="numeric">{c.metrics.nps.ci_low === null ? '—' : `${format.number(c.metrics.nps.ci_low, 1)} – ${format.number(c.metrics.nps.ci_high, 1)}`}</td>
                <td className="numeric" data-metric="csat">{c.metrics.csat.value === null ? '—' : `${format.number(c.metrics.csat.value, 1)}%`}</td>
                <td className="numeric">{format.number(c.metrics.ces.value, 2)}</td>
                <td className="numeric" data-metric="sentiment">{format.number(c.metrics.sentiment.value, 1)}</td>
                <td className="numeric">
                  {c.changes.nps.significant ? format.number(c.changes.nps.delta, 1) : c.changes.nps.insufficient_n ? t('dashboards.tooFewShort') : t('dashboards.noChangeShort')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartCard>
    </>
  );
}

function Descriptors({ groups }: { groups: DescriptorGroup[] }) {
  const { t } = useTranslation();
  const { nameOf } = useChannels();
  const channels = [...new Set(groups.map((group) => group.channel))];
  if (channels.length === 0) return <p className="muted">{t('dashboards.channels.noDescriptors')}</p>;
  return (
    <div className="descriptor-grid" data-testid="descriptors">
      {channels.map((channel) => (
        <div key={channel}>
          <h3>{nameOf(channel)}</h3>
          {(['positive', 'negative'] as const).map((sentiment) => {
            const group = groups.find((g) => g.channel === channel && g.sentiment === sentiment);
            return (
              <div key={sentiment}>
                <span className="muted small">{t(`dashboards.channels.${sentiment}Words`)}</span>
                <div className="descriptor-list">
                  {group && group.terms.length > 0
                    ? group.terms.map((term) => (
                        <span key={term.term} className={`term ${sentiment}`} style={{ fontSize: `${Math.min(18, 11 + term.z / 2)}px` }} title={`z = ${term.z}`}>
                          {term.term}
                        </span>
                      ))
                    : <span className="muted small">—</span>}
                </div>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
