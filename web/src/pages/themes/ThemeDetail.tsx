// One theme: its trend and its newest verbatims with the evidence words marked, plus a link to
// all of them in the inbox.
import { useMemo, useRef } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { metricsApi, type DashboardFilters, type ThemeRow } from '../../api/metrics.ts';
import { ChartCard } from '../../components/charts/ChartCard.tsx';
import { EChart, type EChartHandle } from '../../components/charts/EChart.tsx';
import { filterSearch } from '../../components/charts/dashboardFilters.ts';
import { trendOption, trendTable } from '../../components/charts/trend.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SentimentBadge } from '../../components/SentimentBadge.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useChannels } from '../../hooks/useChannels.ts';
import { useFormat } from '../../i18n/format.ts';
import { localizedLabel } from '../../i18n/names.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { highlightParts } from './highlight.ts';
import { CreatePlanLink } from '../action-plans/CreatePlanLink.tsx';

interface Props {
  theme: string;
  row: ThemeRow | undefined;
  filters: DashboardFilters;
  filterKey: string;
}

export function ThemeDetail({ theme, row, filters, filterKey }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const { nameOf } = useChannels();
  const chart = useRef<EChartHandle>(null);
  const trend = useAsync(() => metricsApi.trend({ ...filters, theme, grain: 'week' }), [filterKey, theme]);
  const verbatims = useAsync(() => metricsApi.verbatims(theme, { ...filters }), [filterKey, theme]);
  const label = row ? localizedLabel(row, language, theme) : theme;
  const option = useMemo(() => (trend.data ? trendOption(trend.data.points, t) : null), [trend.data, t]);
  return (
    <div className="dashboard-grid" data-testid="theme-detail">
      <ChartCard title={t('dashboards.themes.trendOf', { theme: label })} table={trend.data ? trendTable(trend.data.points, t) : undefined} chart={chart} actions={<CreatePlanLink theme={theme} />}>
        {trend.error ? <ErrorMessage error={trend.error} /> : !option ? <Loading /> : <EChart ref={chart} option={option} label={t('dashboards.themes.trendOf', { theme: label })} />}
      </ChartCard>
      <ChartCard
        title={t('dashboards.themes.verbatimsOf', { theme: label })}
        actions={
          <Link to={{ pathname: '/inbox', search: filterSearch(filters, { theme }) }} data-testid="theme-inbox-link">
            {t('dashboards.themes.openInbox')}
          </Link>
        }
      >
        {verbatims.error ? (
          <ErrorMessage error={verbatims.error} />
        ) : !verbatims.data ? (
          <Loading />
        ) : verbatims.data.items.length === 0 ? (
          <p className="muted">{t('dashboards.empty')}</p>
        ) : (
          <div data-testid="verbatims">
            {verbatims.data.items.map((item) => (
              <article className="verbatim" key={item.id} data-testid="verbatim">
                <span className="muted small">
                  {format.date(item.occurred_at)} · {nameOf(item.channel)} <SentimentBadge sentiment={item.sentiment} />
                </span>
                <p>
                  {highlightParts(item.text ?? '', item.evidence).map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
                </p>
              </article>
            ))}
          </div>
        )}
      </ChartCard>
    </div>
  );
}
