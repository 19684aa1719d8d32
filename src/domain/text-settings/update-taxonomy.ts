// Replaces the organisation's theme taxonomy (or restores the default) and re-analyses its history
// in the background, so old and new feedback are counted with the same themes.
import { inTransaction, type Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../authorize.ts';
import { startReanalysis } from '../feedback/start-reanalysis.ts';
import { parseInput } from '../parse-input.ts';
import { taxonomySchema } from '../text/index.ts';
import { getTextSettings, type TextSettings } from './get-text-settings.ts';
import { canManageTextSettings } from './text-settings.policy.ts';
import { forgetTextAnalysisOptions } from './text-analysis-options.ts';
import { saveTaxonomy } from './text-settings.repo.ts';

export async function updateTaxonomy(db: Db, actor: Actor, rawTaxonomy: unknown): Promise<TextSettings> {
  authorize(canManageTextSettings(actor), 'change the theme taxonomy');
  const taxonomy = rawTaxonomy === null ? null : parseInput(taxonomySchema, rawTaxonomy);
  await inTransaction(db, async (tx) => {
    await saveTaxonomy(tx, actor.orgId, taxonomy);
    await startReanalysis(tx, actor);
    await recordAuditEvent(tx, actor, {
      action: taxonomy === null ? 'taxonomy.reset' : 'taxonomy.updated',
      subject: `org:${actor.orgId}`,
      details: taxonomy === null ? {} : { themes: taxonomy.themes.length },
    });
  });
  // Other processes forget the old options when the change notice arrives; this one at once.
  forgetTextAnalysisOptions(actor.orgId);
  return getTextSettings(db, actor);
}
