// The filters a dashboard click-through adds to the inbox (stage, journey, theme, cross-channel
// breakpoint), shown by name with a button to remove each.
import { useTranslation } from 'react-i18next';
import { getJourney, listJourneys } from '../../api/journeys.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useChannels } from '../../hooks/useChannels.ts';
import { localizedName } from '../../i18n/names.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { BREAKPOINT_KEYS, SCOPE_FILTER_KEYS, type FilterKey, type InboxFilters } from './filters.ts';

interface Props {
  filters: InboxFilters;
  onChange: (key: FilterKey, value: string) => void;
  /** Removes several filters in one step (one history entry). */
  onRemove: (keys: readonly FilterKey[]) => void;
}

export function ScopeFilterChips({ filters, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { nameOf } = useChannels();
  const active = SCOPE_FILTER_KEYS.filter((key) => filters[key]);
  const breakpoint = BREAKPOINT_KEYS.some((key) => filters[key]);
  const names = useAsync(async () => {
    if (!active.some((key) => key !== 'theme')) return new Map<string, string>();
    const journeys = await Promise.all((await listJourneys()).items.map((journey) => getJourney(journey.id)));
    const map = new Map<string, string>();
    for (const journey of journeys) {
      map.set(journey.id, localizedName(journey, language));
      for (const stage of journey.stages) {
        map.set(stage.id, localizedName(stage, language));
        for (const touchpoint of stage.touchpoints) map.set(touchpoint.id, localizedName(touchpoint, language));
      }
    }
    return map;
  }, [active.join(), language]);
  if (active.length === 0 && !breakpoint) return null;
  const channel = (key: string | undefined) => (key ? nameOf(key) : t('dashboards.inbox.anyChannel'));
  return (
    <div className="chip-row" data-testid="inbox-scope-filters">
      {active.map((key) => (
        <span className="chip" key={key} data-testid={`inbox-scope-${key}`}>
          {t(`dashboards.inbox.${key}`)}: {names.data?.get(filters[key]!) ?? filters[key]}
          <button type="button" className="button small ghost" aria-label={t('dashboards.inbox.remove')} onClick={() => onChange(key, '')}>
            ×
          </button>
        </span>
      ))}
      {breakpoint && (
        <span className="chip" data-testid="inbox-scope-breakpoint" data-from={filters.breakpoint_from ?? ''} data-to={filters.breakpoint_to ?? ''}>
          {t('dashboards.inbox.breakpoint')}: {channel(filters.breakpoint_from)} → {channel(filters.breakpoint_to)}
          <button type="button" className="button small ghost" aria-label={t('dashboards.inbox.remove')} data-testid="inbox-scope-breakpoint-remove" onClick={() => onRemove(BREAKPOINT_KEYS)}>
            ×
          </button>
        </span>
      )}
    </div>
  );
}
