// Theme explorer: themes by volume, sentiment and impact on NPS; pick one to see its trend and
// the verbatims behind it with the evidence words highlighted.
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { metricsApi, type ThemeRow } from '../../api/metrics.ts';
import { ChartCard } from '../../components/charts/ChartCard.tsx';
import { DashboardFilterBar } from '../../components/charts/DashboardFilterBar.tsx';
import { EChart, type EChartHandle } from '../../components/charts/EChart.tsx';
import { useDashboardFilters } from '../../components/charts/useDashboardFilters.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../i18n/format.ts';
import { localizedLabel } from '../../i18n/names.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { ThemeDetail } from './ThemeDetail.tsx';

const CHART_THEMES = 15;

export function ThemeExplorerPage() {
  const { t } = useTranslation();
  const { filters, key, params, setFilter, clear } = useDashboardFilters();
  const selected = params.get('theme') ?? '';
  const state = useAsync(() => metricsApi.themes({ ...filters }), [key]);
  const data = state.data;
  const selectedRow = data?.themes.find((row) => row.theme === selected);
  return (
    <div className="page dashboard" data-testid="themes-page">
      <PageHeader title={t('dashboards.themes.title')} subtitle={data ? t('dashboards.period', { ...data.period }) : t('dashboards.themes.subtitle')} />
      <DashboardFilterBar filters={filters} onChange={setFilter} onClear={clear} />
      {state.error ? (
        <ErrorMessage error={state.error} onRetry={state.reload} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <ImpactChart themes={data.themes} />
          <ThemeTable themes={data.themes} selected={selected} onSelect={(theme) => setFilter('theme', theme === selected ? '' : theme)} />
        </>
      )}
      {selected && <ThemeDetail theme={selected} row={selectedRow} filters={data ? { from: data.period.from, to: data.period.to, ...filters } : filters} filterKey={key} />}
    </div>
  );
}

function ImpactChart({ themes }: { themes: ThemeRow[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const chart = useRef<EChartHandle>(null);
  const top = themes.slice(0, CHART_THEMES).reverse();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 120, right: 24, top: 36, bottom: 24 },
      yAxis: { type: 'category', data: top.map((row) => localizedLabel(row, language, row.theme)) },
      xAxis: [{ type: 'value', name: t('dashboards.columns.npsImpact') }],
      series: [
        {
          name: t('dashboards.columns.npsImpact'),
          type: 'bar',
          data: top.map((row) => ({ value: row.nps_impact, itemStyle: { color: (row.nps_impact ?? 0) < 0 ? '#b42318' : '#15803d' } })),
        },
      ],
    }),
    [top, language, t],
  );
  const table = {
    columns: [t('dashboards.columns.theme'), t('dashboards.columns.npsImpact'), t('dashboards.names.volume')],
    rows: top.map((row) => [localizedLabel(row, language, row.theme), row.nps_impact, row.metrics.volume]),
  };
  return (
    <ChartCard title={t('dashboards.themes.impact')} table={table} chart={chart} testId="themes-impact">
      <EChart ref={chart} option={option} height={Math.max(240, 24 * top.length + 60)} label={t('dashboards.themes.impact')} />
      <p className="muted small">{t('dashboards.themes.impactHelp')}</p>
    </ChartCard>
  );
}

function ThemeTable({ themes, selected, onSelect }: { themes: ThemeRow[]; selected: string; onSelect: (theme: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const table = {
    columns: [t('dashboards.columns.theme'), t('dashboards.names.volume'), t('dashboards.columns.share'), t('dashboards.names.sentiment'), t('dashboards.names.nps'), t('dashboards.columns.npsImpact'), t('dashboards.columns.changePercent')],
    rows: themes.map((row) => [localizedLabel(row, language, row.theme), row.metrics.volume, row.share, row.metrics.sentiment.value, row.metrics.nps.value, row.nps_impact, row.volume_change.delta]),
  };
  return (
    <ChartCard title={t('dashboards.themes.all')} table={table} testId="themes-table">
      {themes.length === 0 ? (
        <p className="muted">{t('dashboards.empty')}</p>
      ) : (
        <table className="data-table theme-list">
          <thead>
            <tr>{table.columns.map((column) => <th key={column}>{column}</th>)}</tr>
          </thead>
          <tbody>
            {themes.map((row) => (
              <tr key={row.theme} className={row.theme === selected ? 'selected' : undefined} data-testid="theme-row" data-theme={row.theme}>
                <td>
                  <button type="button" onClick={() => onSelect(row.theme)} aria-pressed={row.theme === selected}>
                    {localizedLabel(row, language, row.theme)}
                  </button>
                </td>
                <td className="numeric" data-metric="volume">{format.number(row.metrics.volume)}</td>
                <td className="numeric">{row.share === null ? '—' : `${format.number(row.share, 1)}%`}</td>
                <td className="numeric" data-metric="sentiment">{format.number(row.metrics.sentiment.value, 1)}</td>
                <td className="numeric" data-metric="nps">{format.number(row.metrics.nps.value, 1)}</td>
                <td className="numeric" data-metric="impact">{format.number(row.nps_impact, 1)}</td>
                <td className="numeric">
                  {row.volume_change.delta === null ? '—' : `${format.number(row.volume_change.delta, 0)}%`}
                  {row.volume_change.significant ? ' ★' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ChartCard>
  );
}
