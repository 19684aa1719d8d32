// The analysis options of an organisation (its taxonomy and custom theme model), parsed and
// compiled once per settings revision and cached, because ingestion asks for them on every batch.
import type { Db } from '../../db/pool.ts';
import { customThemeModelSchema, taxonomySchema, type AnalyzeOptions } from '../text/index.ts';
import { findTextSettings, findTextSettingsRevision } from './text-settings.repo.ts';

const cache = new Map<string, { revision: number; options: AnalyzeOptions }>();
const MAX_CACHED_ORGS = 500;

export async function textAnalysisOptions(db: Db, orgId: string): Promise<AnalyzeOptions> {
  // The revision alone while it is unchanged: a custom theme model can be large, and this runs per request.
  const cached = cache.get(orgId);
  if (cached && cached.revision === (await findTextSettingsRevision(db, orgId))) return cached.options;
  const row = await findTextSettings(db, orgId);
  if (!row) return {};
  const options: AnalyzeOptions = {
    ...(row.taxonomy ? { taxonomy: taxonomySchema.parse(row.taxonomy) } : {}),
    ...(row.customThemeModel ? { customThemes: customThemeModelSchema.parse(row.customThemeModel) } : {}),
  };
  if (cache.size >= MAX_CACHED_ORGS) cache.delete(cache.keys().next().value!);
  cache.set(orgId, { revision: row.revision, options });
  return options;
}
