// The filters a dashboard click-through adds to the inbox (touchpoint, stage, journey, theme),
// shown by name with a button to remove each.
import { useTranslation } from 'react-i18next';
import { getJourney, listJourneys } from '../../api/journeys.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { localizedName } from '../../i18n/names.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { SCOPE_FILTER_KEYS, type FilterKey, type InboxFilters } from './filters.ts';

interface Props {
  filters: InboxFilters;
  onChange: (key: FilterKey, value: string) => void;
}

export function ScopeFilterChips({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const active = SCOPE_FILTER_KEYS.filter((key) => filters[key]);
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
  if (active.length === 0) return null;
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
    </div>
  );
}
