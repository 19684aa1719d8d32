// The analysis options of an organisation (its taxonomy and custom theme model), parsed and
// compiled once per settings revision and cached, because ingestion asks for them on every batch.
import { announceChange, changeFeedIsLive, changeVersion, mayRemember, onChange } from '../../db/change-feed.ts';
import type { Db } from '../../db/pool.ts';
import { customThemeModelSchema, taxonomySchema, type AnalyzeOptions } from '../text/index.ts';
import { findTextSettings, findTextSettingsRevision } from './text-settings.repo.ts';

interface Cached {
  revision: number;
  options: AnalyzeOptions;
  /** Stored while the change feed was live and no change was noticed during the read: trusted without a check. */
  watched: boolean;
}

const cache = new Map<string, Cached>();
const MAX_CACHED_ORGS = 500;
onChange('text_settings', { changed: (orgId) => cache.delete(orgId), reset: () => cache.clear() });

/** Forgets an organisation's options (its settings changed); the saving process calls it at once. */
export function forgetTextAnalysisOptions(orgId: string): void {
  announceChange('text_settings', orgId);
}

export async function textAnalysisOptions(db: Db, orgId: string): Promise<AnalyzeOptions> {
  const cached = cache.get(orgId);
  // While the change feed is live a change would have removed the entry: no read at all. Otherwise
  // the revision alone while it is unchanged (a custom theme model can be large).
  if (cached?.watched && changeFeedIsLive()) return cached.options;
  const before = changeVersion('text_settings');
  if (cached && cached.revision === ((await findTextSettingsRevision(db, orgId)) ?? 0)) {
    cached.watched = mayRemember('text_settings', before);
    return cached.options;
  }
  const row = await findTextSettings(db, orgId);
  // No row: the organisation has the defaults (remembered too, as revision 0).
  const options: AnalyzeOptions = {
    ...(row?.taxonomy ? { taxonomy: taxonomySchema.parse(row.taxonomy) } : {}),
    ...(row?.customThemeModel ? { customThemes: customThemeModelSchema.parse(row.customThemeModel) } : {}),
  };
  if (cache.size >= MAX_CACHED_ORGS) cache.delete(cache.keys().next().value!);
  cache.set(orgId, { revision: row?.revision ?? 0, options, watched: mayRemember('text_settings', before) });
  return options;
}
