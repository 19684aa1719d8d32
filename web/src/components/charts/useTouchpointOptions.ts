import { getJourney, listJourneys } from '../../api/journeys.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { localizedName } from '../../i18n/names.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

/** Every touchpoint as a [id, "Journey › Stage › Touchpoint"] option, for filter pickers. */
export function useTouchpointOptions(): Array<[string, string]> {
  const language = useLanguage();
  const trees = useAsync(() => listJourneys().then((list) => Promise.all(list.items.map((journey) => getJourney(journey.id)))), []);
  return (trees.data ?? []).flatMap((journey) =>
    journey.stages.flatMap((stage) =>
      stage.touchpoints.map((touchpoint): [string, string] => [
        touchpoint.id,
        `${localizedName(journey, language)} › ${localizedName(stage, language)} › ${localizedName(touchpoint, language)}`,
      ]),
    ),
  );
}
