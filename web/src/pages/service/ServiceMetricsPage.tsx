// The service dashboard: how fast cases get a first answer and a resolution, how many are resolved
// at first contact, how often customers are passed around, and whether SLAs are kept — with the
// same figures per team, per agent and per week, each table exportable.
import { useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { getServiceMetrics, type Rate, type ServiceFigures, type ServiceMetrics } from '../../api/serviceMetrics.ts';
import { listTeams } from '../../api/users.ts';
import { ChartCard } from '../../components/charts/ChartCard.tsx';
import { EChart, type EChartHandle } from '../../components/charts/EChart.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../i18n/format.ts';
import { durationParts } from './durations.ts';

export function ServiceMetricsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined, team_id: params.get('team_id') ?? undefined };
  const key = params.toString();
  const state = useAsync(() => getServiceMetrics(query), [key]);
  const teams = useAsync(() => listTeams().then((response) => response.items), []);
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  const data = state.data;
  return (
    <div className="page dashboard" data-testid="service-page">
      <PageHeader title={t('serviceMetrics.title')} subtitle={data ? t('serviceMetrics.period', data.period) : t('serviceMetrics.subtitle')} />
      <div className="filters-bar">
        <label className="filter-field filter-date">
          {t('serviceMetrics.from')}
          <input type="date" value={query.from ?? ''} onChange={(event) => set('from', event.target.value)} data-testid="service-from" />
        </label>
        <label className="filter-field filter-date">
          {t('serviceMetrics.to')}
          <input type="date" value={query.to ?? ''} onChange={(event) => set('to', event.target.value)} data-testid="service-to" />
        </label>
        <label className="filter-field" style={{ flex: '0 1 260px' }}>
          {t('serviceMetrics.team')}
          <select value={query.team_id ?? ''} onChange={(event) => set('team_id', event.target.value)} data-testid="service-team">
            <option value="">{t('serviceMetrics.allTeams')}</option>
            {(teams.data ?? []).map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {state.error ? <ErrorMessage error={state.error} onRetry={state.reload} /> : !data ? <Loading /> : <ServiceBody data={data} />}
    </div>
  );
}

function useFigureText() {
  const { t } = useTranslation();
  const format = useFormat();
  return {
    duration: (minutes: number | null) => {
      const parts = durationParts(minutes);
      return parts ? t(`serviceMetrics.units.${parts.unit}`, { value: format.number(parts.value) }) : '—';
    },
    rate: (rate: Rate) => (rate.value === null ? '—' : `${format.number(rate.value, 1)}%`),
    number: (value: number | null, digits?: number) => format.number(value, digits),
  };
}

function Kpi({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId: string }) {
  return (
    <div className="kpi" data-testid={testId}>
      <span className="kpi-label">{label}</span>
      <span className="kpi-value" data-testid={`${testId}-value`}>{value}</span>
      {detail && <span className="kpi-n">{detail}</span>}
    </div>
  );
}

function ServiceBody({ data }: { data: ServiceMetrics }) {
  const { t } = useTranslation();
  const text = useFigureText();
  const o = data.overall;
  return (
    <>
      <div className="kpi-row" data-testid="service-kpis">
        <Kpi label={t('serviceMetrics.cases')} value={text.number(o.cases)} detail={t('serviceMetrics.openResolved', { open: o.open, resolved: o.resolved })} testId="service-kpi-cases" />
        <Kpi label={t('serviceMetrics.firstResponse')} value={text.duration(o.first_response.median_minutes)} detail={`${t('serviceMetrics.p90', { value: text.duration(o.first_response.p90_minutes) })} · ${t('serviceMetrics.business', { value: text.duration(o.first_response.business_median_minutes) })}`} testId="service-kpi-first-response" />
        <Kpi label={t('serviceMetrics.resolution')} value={text.duration(o.resolution.median_minutes)} detail={`${t('serviceMetrics.p90', { value: text.duration(o.resolution.p90_minutes) })} · ${t('serviceMetrics.business', { value: text.duration(o.resolution.business_median_minutes) })}`} testId="service-kpi-resolution" />
        <Kpi label={t('serviceMetrics.fcr')} value={text.rate(o.first_contact_resolution)} detail={t('serviceMetrics.ofResolved', { count: o.first_contact_resolution.n })} testId="service-kpi-fcr" />
        <Kpi label={t('serviceMetrics.transfers')} value={text.number(o.transfers.per_case, 2)} detail={t('serviceMetrics.transferDetail', { total: o.transfers.total, share: text.rate(o.transfers.transferred_share) })} testId="service-kpi-transfers" />
        <Kpi label={t('serviceMetrics.slaFirstResponse')} value={text.rate(o.sla.first_response.compliance)} detail={t('serviceMetrics.metOfDue', { met: o.sla.first_response.met, due: o.sla.first_response.due })} testId="service-kpi-sla-first-response" />
        <Kpi label={t('serviceMetrics.slaResolution')} value={text.rate(o.sla.resolution.compliance)} detail={t('serviceMetrics.metOfDue', { met: o.sla.resolution.met, due: o.sla.resolution.due })} testId="service-kpi-sla-resolution" />
      </div>
      <WeeklyTrend data={data} />
      <GroupTable title={t('serviceMetrics.byTeam')} testId="service-by-team" rowTestId="service-team-row" rows={data.by_team.map((row) => ({ id: row.team?.id ?? null, name: row.team?.name ?? t('serviceMetrics.noTeam'), figures: row }))} />
      <GroupTable title={t('serviceMetrics.byAgent')} testId="service-by-agent" rowTestId="service-agent-row" rows={data.by_agent.map((row) => ({ id: row.agent?.id ?? null, name: row.agent?.name ?? t('serviceMetrics.unassigned'), figures: row }))} />
      <p className="muted small">{t('serviceMetrics.method')}</p>
    </>
  );
}

function GroupTable({ title, rows, testId, rowTestId }: { title: string; rows: Array<{ id: string | null; name: string | null; figures: ServiceFigures }>; testId: string; rowTestId: string }) {
  const { t } = useTranslation();
  const text = useFigureText();
  const columns = [
    t('serviceMetrics.columns.name'), t('serviceMetrics.cases'), t('serviceMetrics.columns.open'), t('serviceMetrics.columns.firstResponseMedian'), t('serviceMetrics.columns.resolutionMedian'),
    t('serviceMetrics.fcr'), t('serviceMetrics.columns.transfers'), t('serviceMetrics.slaFirstResponse'), t('serviceMetrics.slaResolution'),
  ];
  const table = {
    columns: [...columns, t('serviceMetrics.columns.firstResponseP90'), t('serviceMetrics.columns.resolutionP90'), t('serviceMetrics.columns.firstResponseBusiness'), t('serviceMetrics.columns.resolutionBusiness')],
    rows: rows.map(({ name, figures: f }) => [
      name, f.cases, f.open, f.first_response.median_minutes, f.resolution.median_minutes, f.first_contact_resolution.value, f.transfers.total,
      f.sla.first_response.compliance.value, f.sla.resolution.compliance.value, f.first_response.p90_minutes, f.resolution.p90_minutes,
      f.first_response.business_median_minutes, f.resolution.business_median_minutes,
    ]),
  };
  return (
    <ChartCard title={title} table={table} testId={testId}>
      {rows.length === 0 ? (
        <p className="muted">{t('serviceMetrics.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>{columns.map((column) => <th key={column}>{column}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map(({ id, name, figures: f }) => (
              <tr key={id ?? 'none'} data-testid={rowTestId} data-id={id ?? ''}>
                <td>{name}</td>
                <td className="numeric" data-testid="cell-cases">{text.number(f.cases)}</td>
                <td className="numeric" data-testid="cell-open">{text.number(f.open)}</td>
                <td className="numeric" data-testid="cell-first-response">{text.duration(f.first_response.median_minutes)}</td>
                <td className="numeric" data-testid="cell-resolution">{text.duration(f.resolution.median_minutes)}</td>
                <td className="numeric" data-testid="cell-fcr">{text.rate(f.first_contact_resolution)}</td>
                <td className="numeric" data-testid="cell-transfers">{text.number(f.transfers.total)}</td>
                <td className="numeric" data-testid="cell-sla-first-response">{text.rate(f.sla.first_response.compliance)}</td>
                <td className="numeric" data-testid="cell-sla-resolution">{text.rate(f.sla.resolution.compliance)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ChartCard>
  );
}

function WeeklyTrend({ data }: { data: ServiceMetrics }) {
  const { t } = useTranslation();
  const chart = useRef<EChartHandle>(null);
  const weeks = data.by_week;
  const names = { cases: t('serviceMetrics.cases'), fcr: t('serviceMetrics.fcr'), slaFr: t('serviceMetrics.slaFirstResponse'), slaRes: t('serviceMetrics.slaResolution') };
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: Object.values(names) },
      grid: { left: 48, right: 48, top: 56, bottom: 32 },
      xAxis: { type: 'category', data: weeks.map((w) => w.week) },
      yAxis: [{ type: 'value', name: names.cases, minInterval: 1 }, { type: 'value', name: '%', min: 0, max: 100 }],
      series: [
        { name: names.cases, type: 'bar', data: weeks.map((w) => w.cases), itemStyle: { color: '#9aa5b1' } },
        { name: names.fcr, type: 'line', yAxisIndex: 1, connectNulls: true, data: weeks.map((w) => w.first_contact_resolution.value) },
        { name: names.slaFr, type: 'line', yAxisIndex: 1, connectNulls: true, data: weeks.map((w) => w.sla.first_response.compliance.value) },
        { name: names.slaRes, type: 'line', yAxisIndex: 1, connectNulls: true, data: weeks.map((w) => w.sla.resolution.compliance.value) },
      ],
    }),
    // `names` follows the language, which `t` stands for.
    [weeks, t],
  );
  const table = {
    columns: [t('serviceMetrics.columns.week'), names.cases, t('serviceMetrics.columns.firstResponseMedian'), t('serviceMetrics.columns.resolutionMedian'), names.fcr, t('serviceMetrics.columns.transfers'), names.slaFr, names.slaRes],
    rows: weeks.map((w) => [w.week, w.cases, w.first_response.median_minutes, w.resolution.median_minutes, w.first_contact_resolution.value, w.transfers.total, w.sla.first_response.compliance.value, w.sla.resolution.compliance.value]),
  };
  return (
    <ChartCard title={t('serviceMetrics.weekly')} table={table} chart={chart} testId="service-trend">
      <EChart ref={chart} option={option} label={t('serviceMetrics.weekly')} testId="service-trend-chart" />
    </ChartCard>
  );
}
