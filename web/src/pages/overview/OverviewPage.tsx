// Overview: the headline metrics against the previous period, their trend, the themes rising and
// falling fastest, and the latest open alerts; the verbatims behind the figures are one click away.
import { useMemo, useRef } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { metricsApi, type Grain, type Overview, type ThemeMove } from '../../api/metrics.ts';
import { ChartCard } from '../../components/charts/ChartCard.tsx';
import { DashboardFilterBar } from '../../components/charts/DashboardFilterBar.tsx';
import { EChart, type EChartHandle } from '../../components/charts/EChart.tsx';
import { filterSearch } from '../../components/charts/dashboardFilters.ts';
import { KpiTile } from '../../components/charts/KpiTile.tsx';
import { trendOption, trendTable } from '../../components/charts/trend.ts';
import { useDashboardFilters } from '../../components/charts/useDashboardFilters.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../i18n/format.ts';
import { localizedLabel } from '../../i18n/names.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { LatestAlerts } from './LatestAlerts.tsx';

const GRAINS: Grain[] = ['day', 'week', 'month'];

export function OverviewPage() {
  const { t } = useTranslation();
  const { filters, key, params, setFilter, clear } = useDashboardFilters();
  const language = useLanguage();
  const grain = (GRAINS as string[]).includes(params.get('grain') ?? '') ? (params.get('grain') as Grain) : 'week';
  const state = useAsync(() => metricsApi.overview({ ...filters, grain }), [key, grain]);
  const data = state.data;

  return (
    <div className="page dashboard" data-testid="overview-page">
      <PageHeader
        title={t('dashboards.overview.title')}
        subtitle={data ? t('dashboards.period', { ...data.period }) : t('dashboards.overview.subtitle')}
        actions={
          <>
            <Link className="button" to={{ pathname: '/inbox', search: filterSearch({ ...(data ? { from: data.period.from, to: data.period.to } : {}), ...filters }) }} data-testid="overview-inbox">
              {t('dashboards.overview.inbox')}
            </Link>
            <a className="button" href={`/api/v1/metrics/summary.html${filterSearch(filters, { lang: language })}`} target="_blank" rel="noopener" data-testid="overview-summary">
              {t('dashboards.overview.summary')}
            </a>
          </>
        }
      />
      <DashboardFilterBar filters={filters} onChange={setFilter} onClear={clear} />
      {state.error ? <ErrorMessage error={state.error} onRetry={state.reload} /> : !data ? <Loading /> : <OverviewBody data={data} grain={grain} onGrain={(value) => setFilter('grain', value)} search={filterSearch(filters)} />}
    </div>
  );
}

function OverviewBody({ data, grain, onGrain, search }: { data: Overview; grain: Grain; onGrain: (grain: string) => void; search: string }) {
  const { t } = useTranslation();
  const chart = useRef<EChartHandle>(null);
  const option = useMemo(() => trendOption(data.trend, t), [data, t]);
  const table = useMemo(() => trendTable(data.trend, t), [data, t]);
  const m = data.metrics;
  return (
    <>
      <div className="kpi-row" data-testid="overview-kpis">
        <KpiTile label={t('dashboards.names.nps')} estimate={m.nps} change={data.changes.nps} testId="kpi-nps" />
        <KpiTile label={t('dashboards.names.csat')} estimate={m.csat} change={data.changes.csat} unit="%" testId="kpi-csat" />
        <KpiTile label={t('dashboards.names.ces')} estimate={m.ces} change={data.changes.ces} digits={2} lowerIsBetter testId="kpi-ces" />
        <KpiTile label={t('dashboards.names.sentiment')} estimate={m.sentiment} change={data.changes.sentiment} testId="kpi-sentiment" />
        <KpiTile label={t('dashboards.names.volume')} volume={m.volume} change={data.changes.volume} testId="kpi-volume" />
      </div>
      <ChartCard
        title={t('dashboards.overview.trend')}
        table={table}
        chart={chart}
        testId="overview-trend"
        actions={
          <select aria-label={t('dashboards.grain.label')} value={grain} onChange={(event) => onGrain(event.target.value)} data-testid="overview-grain">
            {GRAINS.map((value) => (
              <option key={value} value={value}>
                {t(`dashboards.grain.${value}`)}
              </option>
            ))}
          </select>
        }
      >
        <EChart ref={chart} option={option} label={t('dashboards.overview.trend')} />
      </ChartCard>
      <div className="dashboard-grid">
        <ThemeMoves title={t('dashboards.overview.rising')} moves={data.themes.rising} search={search} testId="overview-rising" />
        <ThemeMoves title={t('dashboards.overview.falling')} moves={data.themes.falling} search={search} testId="overview-falling" />
      </div>
      <LatestAlerts />
    </>
  );
}

function ThemeMoves({ title, moves, search, testId }: { title: string; moves: ThemeMove[]; search: string; testId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const table = {
    columns: [t('dashboards.columns.theme'), t('dashboards.columns.current'), t('dashboards.columns.previous'), t('dashboards.columns.changePercent'), t('dashboards.columns.significant')],
    rows: moves.map((move) => [localizedLabel(move, language, move.theme), move.current, move.previous, move.change.delta, move.change.significant ? 1 : 0]),
  };
  return (
    <ChartCard title={title} table={table} testId={testId}>
      {moves.length === 0 ? (
        <p className="muted">{t('dashboards.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>{table.columns.slice(0, 4).map((column) => <th key={column}>{column}</th>)}</tr>
          </thead>
          <tbody>
            {moves.map((move) => (
              <tr key={move.theme} data-testid="theme-move">
                <td>
                  <Link to={{ pathname: '/themes', search: search ? `${search}&theme=${encodeURIComponent(move.theme)}` : `?theme=${encodeURIComponent(move.theme)}` }}>{localizedLabel(move, language, move.theme)}</Link>
                </td>
                <td className="numeric">{format.number(move.current)}</td>
                <td className="numeric">{format.number(move.previous)}</td>
                <td className="numeric">
                  {move.change.delta === null ? '—' : `${format.number(move.change.delta, 0)}%`} {move.change.significant ? '★' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted small">{t('dashboards.overview.significanceNote')}</p>
    </ChartCard>
  );
}
