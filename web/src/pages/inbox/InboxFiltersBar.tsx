import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api/types.ts';
import { FEEDBACK_SOURCES, SENTIMENT_LABELS } from '../../api/types.ts';
import { useDebouncedEffect } from '../../hooks/useDebouncedEffect.ts';
import { useFormat } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { localizedName } from '../../i18n/names.ts';
import { useTouchpointOptions } from '../../components/charts/useTouchpointOptions.ts';
import { metricsApi } from '../../api/metrics.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { hasActiveFilters, type FilterKey, type InboxFilters } from './filters.ts';

const SEARCH_DELAY_MS = 350;
// Languages the text analysis detects today; the server may add more without a UI change here.
const FEEDBACK_LANGUAGES = ['zh', 'en'];

interface Props {
  filters: InboxFilters;
  channels: Channel[];
  /** `replace` is for refining a search: one history entry per search, not one per pause. */
  onChange: (key: FilterKey, value: string, replace?: boolean) => void;
  onClear: () => void;
}

export function InboxFiltersBar({ filters, channels, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const touchpoints = useTouchpointOptions();
  // The segments the dashboards know (metadata.segment, else metadata.tier), for the same filter here.
  const segments = useAsync(() => metricsApi.segments().then((response) => response.items), []);
  const urlQuery = filters.q ?? '';
  const [draft, setDraft] = useState(urlQuery);

  // Back/forward or "clear filters" change the URL; the search box follows it.
  useEffect(() => setDraft(urlQuery), [urlQuery]);

  // Starting a search adds a history entry (back returns to the unsearched view); refining an
  // existing search replaces it, so back does not step through every pause in typing.
  const commitSearch = (value: string) => {
    if (value.trim() !== urlQuery) onChange('q', value.trim(), urlQuery !== '');
  };
  useDebouncedEffect(draft, SEARCH_DELAY_MS, commitSearch);

  const select = (key: FilterKey, label: string, testId: string, options: Array<[string, string]>) => (
    <div className="filter-field">
      <label htmlFor={`filter-${key}`}>{label}</label>
      <select
        id={`filter-${key}`}
        data-testid={testId}
        value={filters[key] ?? ''}
        onChange={(event) => onChange(key, event.target.value)}
      >
        <option value="">{t('inbox.filters.any')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
        {/* A value from a shared link that is not (or no longer) an option still shows. */}
        {filters[key] && !options.some(([value]) => value === filters[key]) && (
          <option value={filters[key]}>{filters[key]}</option>
        )}
      </select>
    </div>
  );

  return (
    <form className="filters-bar" role="search" onSubmit={(event) => event.preventDefault()} aria-label={t('inbox.filters.label')}>
      <div className="filter-field filter-search">
        <label htmlFor="filter-q">{t('inbox.filters.search')}</label>
        <input
          id="filter-q"
          type="search"
          data-testid="filter-q"
          placeholder={t('inbox.filters.searchPlaceholder')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            // Enter searches at once instead of waiting for the pause.
            if (event.key === 'Enter') commitSearch(draft);
          }}
        />
      </div>
      {select(
        'channel',
        t('inbox.filters.channel'),
        'filter-channel',
        channels.map((channel) => [channel.key, localizedName(channel, language, channel.key)]),
      )}
      {select('touchpoint_id', t('dashboards.filters.touchpoint'), 'filter-touchpoint', touchpoints)}
      {select('segment', t('dashboards.filters.segment'), 'filter-segment', (segments.data ?? []).map((segment) => [segment, segment]))}
      {select(
        'source',
        t('inbox.filters.source'),
        'filter-source',
        FEEDBACK_SOURCES.map((source) => [source, t(`sources.${source}`)]),
      )}
      {select(
        'sentiment',
        t('inbox.filters.sentiment'),
        'filter-sentiment',
        SENTIMENT_LABELS.map((label) => [label, t(`sentiment.${label}`)]),
      )}
      {select(
        'lang',
        t('inbox.filters.language'),
        'filter-lang',
        FEEDBACK_LANGUAGES.map((code) => [code, format.languageName(code)]),
      )}
      <div className="filter-field filter-date">
        <label htmlFor="filter-from">{t('inbox.filters.from')}</label>
        <input
          id="filter-from"
          type="date"
          data-testid="filter-from"
          value={filters.from ?? ''}
          max={filters.to}
          onChange={(event) => onChange('from', event.target.value)}
        />
      </div>
      <div className="filter-field filter-date">
        <label htmlFor="filter-to">{t('inbox.filters.to')}</label>
        <input
          id="filter-to"
          type="date"
          data-testid="filter-to"
          value={filters.to ?? ''}
          min={filters.from}
          onChange={(event) => onChange('to', event.target.value)}
        />
      </div>
      {hasActiveFilters(filters) && (
        <button type="button" className="button ghost filter-clear" data-testid="filter-clear" onClick={onClear}>
          {t('inbox.clearFilters')}
        </button>
      )}
    </form>
  );
}
