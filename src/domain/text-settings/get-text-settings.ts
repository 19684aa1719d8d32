// What the organisation's analysis uses: its taxonomy (or the built-in default) and a summary of
// its custom theme model, for the settings page and `openvoc themes show`.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { defaultTaxonomy, type Taxonomy } from '../text/index.ts';
import { canReadTextSettings } from './text-settings.policy.ts';
import { findTextSettings } from './text-settings.repo.ts';

export interface TextSettings {
  taxonomy: Taxonomy;
  isDefaultTaxonomy: boolean;
  customThemes: Record<string, unknown> | null;
  revision: number;
}

export async function getTextSettings(db: Db, actor: Actor): Promise<TextSettings> {
  authorize(canReadTextSettings(actor), 'see text analytics settings');
  const row = await findTextSettings(db, actor.orgId);
  return {
    taxonomy: (row?.taxonomy as Taxonomy | null) ?? defaultTaxonomy(),
    isDefaultTaxonomy: !row?.taxonomy,
    customThemes: row?.customThemeSummary ?? null,
    revision: row?.revision ?? 0,
  };
}
