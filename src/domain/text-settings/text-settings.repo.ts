// All SQL of per-organisation text-analytics settings.
import type { Db } from '../../db/pool.ts';

export interface TextSettingsRow {
  taxonomy: unknown | null;
  customThemeModel: unknown | null;
  customThemeSummary: Record<string, unknown> | null;
  revision: number;
  updatedAt: Date;
}

export async function findTextSettings(db: Db, orgId: string): Promise<TextSettingsRow | undefined> {
  const result = await db.query<TextSettingsRow>(
    `SELECT taxonomy, custom_theme_model AS "customThemeModel", custom_theme_summary AS "customThemeSummary", revision, updated_at AS "updatedAt"
       FROM org_text_settings WHERE org_id = $1`,
    [orgId],
  );
  return result.rows[0];
}

/** Only the revision: what ingestion reads on every request to know whether its cached options still hold. */
export async function findTextSettingsRevision(db: Db, orgId: string): Promise<number | undefined> {
  const result = await db.query<{ revision: number }>(`SELECT revision FROM org_text_settings WHERE org_id = $1`, [orgId]);
  return result.rows[0]?.revision;
}

export async function saveTaxonomy(db: Db, orgId: string, taxonomy: unknown | null): Promise<void> {
  await db.query(
    `INSERT INTO org_text_settings (org_id, taxonomy) VALUES ($1, $2)
     ON CONFLICT (org_id) DO UPDATE SET taxonomy = EXCLUDED.taxonomy, revision = org_text_settings.revision + 1, updated_at = now()`,
    [orgId, taxonomy === null ? null : JSON.stringify(taxonomy)],
  );
}

export async function saveCustomThemeModel(db: Db, orgId: string, model: unknown | null, summary: unknown | null): Promise<void> {
  await db.query(
    `INSERT INTO org_text_settings (org_id, custom_theme_model, custom_theme_summary) VALUES ($1, $2, $3)
     ON CONFLICT (org_id) DO UPDATE SET custom_theme_model = EXCLUDED.custom_theme_model,
       custom_theme_summary = EXCLUDED.custom_theme_summary, revision = org_text_settings.revision + 1, updated_at = now()`,
    [orgId, model === null ? null : JSON.stringify(model), summary === null ? null : JSON.stringify(summary)],
  );
}
