// Journey map: the stages of one journey left to right, each touchpoint with its metrics (click
// through to its verbatims in the inbox), and the cross-channel breakpoints as a Sankey diagram whose
// links (and table rows) open the breakpoint's verbatims in the inbox with the same filters.
import { useMemo, useRef } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { metricsApi, type JourneyMap } from '../../api/metrics.ts';
import { ChartCard } from '../../components/charts/ChartCard.tsx';
import { DashboardFilterBar } from '../../components/charts/DashboardFilterBar.tsx';
import { EChart, type EChartHandle } from '../../components/charts/EChart.tsx';
import { filterSearch } from '../../components/charts/dashboardFilters.ts';
import { MetricLine } from '../../components/charts/MetricLine.tsx';
import { useDashboardFilters } from '../../components/charts/useDashboardFilters.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useChannels } from '../../hooks/useChannels.ts';
import { useFormat } from '../../i18n/format.ts';
import { localizedName } from '../../i18n/names.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { CreatePlanLink } from '../action-plans/CreatePlanLink.tsx';

export function JourneyMapPage() {
  const { t } = useTranslation();
  const { filters, key, params, setFilter, clear } = useDashboardFilters();
  const journeyId = params.get('journey_id') ?? undefined;
  const state = useAsync(() => metricsApi.journeyMap({ ...filters, journey_id: journeyId }), [key, journeyId]);
  const language = useLanguage();
  const data = state.data;
  return (
    <div className="page dashboard" data-testid="journey-map-page">
      <PageHeader
        title={t('dashboards.journeyMap.title')}
        subtitle={data ? t('dashboards.period', { ...data.period }) : t('dashboards.journeyMap.subtitle')}
        actions={
          data && data.journeys.length > 0 ? (
            <select aria-label={t('dashboards.journeyMap.journey')} data-testid="journey-select" value={data.journey?.id ?? ''} onChange={(event) => setFilter('journey_id', event.target.value)}>
              {data.journeys.map((journey) => (
                <option key={journey.id} value={journey.id}>
                  {localizedName(journey, language, journey.id)}
                </option>
              ))}
            </select>
          ) : null
        }
      />
      <DashboardFilterBar filters={filters} onChange={setFilter} onClear={clear} />
      {state.error ? <ErrorMessage error={state.error} onRetry={state.reload} /> : !data ? <Loading /> : <JourneyBody data={data} search={filterSearch({ ...periodOf(data), ...filters })} />}
    </div>
  );
}

/** The range the figures cover, so a click-through lists the same items when the URL has no dates. */
const periodOf = (data: { period: { from: string; to: string } }) => ({ from: data.period.from, to: data.period.to });

function JourneyBody({ data, search }: { data: JourneyMap; search: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const inbox = (touchpointId: string) => {
    const params = new URLSearchParams(search);
    params.set('touchpoint_id', touchpointId);
    return { pathname: '/inbox', search: `?${params.toString()}` };
  };
  return (
    <>
      {!data.journey ? (
        <p className="notice">{t('dashboards.journeyMap.noJourney')}</p>
      ) : (
        <section className="card" aria-label={localizedName(data.journey, language)}>
          <div className="journey-stages" data-testid="journey-stages">
            {data.journey.stages.map((stage) => (
              <div className="journey-stage" key={stage.id} data-testid="journey-stage">
                <h3>{localizedName(stage, language)}</h3>
                <MetricLine metrics={stage.metrics} testId="stage-metrics" />
                {stage.touchpoints.map((touchpoint) => (
                  <Link key={touchpoint.id} to={inbox(touchpoint.id)} className="touchpoint-card" data-testid="journey-touchpoint" data-touchpoint-id={touchpoint.id}>
                    <strong>{localizedName(touchpoint, language)}</strong>
                    <MetricLine metrics={touchpoint.metrics} testId="touchpoint-metrics" />
                  </Link>
                ))}
              </div>
            ))}
          </div>
        </section>
      )}
      <Breakpoints data={data} search={search} />
    </>
  );
}

/** The inbox listing one breakpoint's items, within the dashboard's filters (date range, segment…). */
function breakpointInbox(search: string, from: string, to: string) {
  const params = new URLSearchParams(search);
  params.set('breakpoint_from', from);
  params.set('breakpoint_to', to);
  return { pathname: '/inbox', search: `?${params.toString()}` };
}

function Breakpoints({ data, search }: { data: JourneyMap; search: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useChannels();
  const navigate = useNavigate();
  const chart = useRef<EChartHandle>(null);
  const option = useMemo(() => {
    // Sources and targets are separate nodes so a pair of opposite breakpoints is not a cycle.
    const from = (key: string) => `${nameOf(key)} →`;
    const to = (key: string) => `→ ${nameOf(key)}`;
    const names = new Set(data.breakpoints.flatMap((b) => [from(b.from), to(b.to)]));
    return {
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'sankey',
          left: 16,
          right: 140,
          emphasis: { focus: 'adjacency' },
          data: [...names].map((name) => ({ name })),
          links: data.breakpoints.map((b) => ({
            source: from(b.from),
            target: to(b.to),
            value: b.items,
            // Read back by the click handler: names are display text, these are the channel keys.
            breakpoint: { from: b.from, to: b.to },
            lineStyle: { color: (b.negative_share ?? 0) > 0.5 ? '#b42318' : '#6366f1', opacity: 0.35 + 0.5 * (b.negative_share ?? 0) },
          })),
        },
      ],
    };
  }, [data, nameOf]);
  const table = {
    columns: [t('dashboards.columns.fromChannel'), t('dashboards.columns.toChannel'), t('dashboards.names.volume'), t('dashboards.columns.sentimentMean'), t('dashboards.columns.negativeShare')],
    rows: data.breakpoints.map((b) => [nameOf(b.from), nameOf(b.to), b.items, b.sentiment_mean, b.negative_share === null ? null : Math.round(b.negative_share * 1000) / 10]),
  };
  return (
    <ChartCard title={t('dashboards.journeyMap.breakpoints')} table={table} chart={chart} testId="breakpoints">
      {data.breakpoints.length === 0 ? (
        <p className="muted">{t('dashboards.journeyMap.noBreakpoints')}</p>
      ) : (
        <>
          <EChart
            ref={chart}
            option={option}
            height={Math.max(240, 28 * data.breakpoints.length)}
            label={t('dashboards.journeyMap.breakpoints')}
            testId="breakpoint-sankey"
            onClick={(params) => {
              const link = (params.data as { breakpoint?: { from: string; to: string } } | undefined)?.breakpoint;
              if (link) navigate(breakpointInbox(search, link.from, link.to));
            }}
          />
          <p className="muted small">{t('dashboards.journeyMap.clickHint')}</p>
          <table className="data-table">
            <thead>
              <tr>{table.columns.map((column) => <th key={column}>{column}</th>)}</tr>
            </thead>
            <tbody>
              {data.breakpoints.map((b) => (
                <tr key={`${b.from}>${b.to}`} data-testid="breakpoint-row" data-from={b.from} data-to={b.to}>
                  <td>{nameOf(b.from)}</td>
                  <td>
                    {nameOf(b.to)} <CreatePlanLink from={b.from} to={b.to} />
                  </td>
                  <td className="numeric">
                    <Link to={breakpointInbox(search, b.from, b.to)} data-testid="breakpoint-inbox-link" title={t('dashboards.journeyMap.openVerbatims')}>
                      {format.number(b.items)}
                    </Link>
                  </td>
                  <td className="numeric">{format.number(b.sentiment_mean, 2)}</td>
                  <td className="numeric">{b.negative_share === null ? '—' : `${format.number(b.negative_share * 100, 0)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ChartCard>
  );
}
