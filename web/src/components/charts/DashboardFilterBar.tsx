// The filter bar shared by every dashboard: date range, channel, touchpoint, customer segment.
import { useTranslation } from 'react-i18next';
import type { DashboardFilters } from '../../api/metrics.ts';
import { metricsApi } from '../../api/metrics.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useChannels } from '../../hooks/useChannels.ts';
import { localizedName } from '../../i18n/names.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import type { DashboardFilterKey } from './dashboardFilters.ts';
import { useTouchpointOptions } from './useTouchpointOptions.ts';

interface Props {
  filters: DashboardFilters;
  onChange: (key: DashboardFilterKey, value: string) => void;
  onClear: () => void;
}

export function DashboardFilterBar({ filters, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { channels } = useChannels();
  const touchpoints = useTouchpointOptions();
  const segments = useAsync(() => metricsApi.segments().then((response) => response.items), []);

  const select = (key: DashboardFilterKey, label: string, options: Array<[string, string]>) => (
    <div className="filter-field">
      <label htmlFor={`dashboard-${key}`}>{label}</label>
      <select id={`dashboard-${key}`} data-testid={`dashboard-filter-${key}`} value={filters[key] ?? ''} onChange={(event) => onChange(key, event.target.value)}>
        <option value="">{t('dashboards.filters.all')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
        {filters[key] && !options.some(([value]) => value === filters[key]) && <option value={filters[key]}>{filters[key]}</option>}
      </select>
    </div>
  );

  return (
    <form className="dashboard-filters" role="search" aria-label={t('dashboards.filters.label')} onSubmit={(event) => event.preventDefault()}>
      <div className="filter-field">
        <label htmlFor="dashboard-from">{t('dashboards.filters.from')}</label>
        <input id="dashboard-from" type="date" data-testid="dashboard-filter-from" value={filters.from ?? ''} max={filters.to} onChange={(event) => onChange('from', event.target.value)} />
      </div>
      <div className="filter-field">
        <label htmlFor="dashboard-to">{t('dashboards.filters.to')}</label>
        <input id="dashboard-to" type="date" data-testid="dashboard-filter-to" value={filters.to ?? ''} min={filters.from} onChange={(event) => onChange('to', event.target.value)} />
      </div>
      {select('channel', t('dashboards.filters.channel'), channels.map((channel) => [channel.key, localizedName(channel, language, channel.key)]))}
      {select('touchpoint_id', t('dashboards.filters.touchpoint'), touchpoints)}
      {select('segment', t('dashboards.filters.segment'), (segments.data ?? []).map((segment) => [segment, segment]))}
      <button type="button" className="button ghost" data-testid="dashboard-filter-clear" onClick={onClear}>
        {t('dashboards.filters.clear')}
      </button>
      {!filters.from && !filters.to && <span className="muted small">{t('dashboards.filters.defaultRange')}</span>}
    </form>
  );
}
