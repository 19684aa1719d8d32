// Learns the organisation's own themes from labelled examples (`openvoc themes train FILE.jsonl` or
// the settings page), stores the model, and re-analyses history with it.
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { startReanalysis } from '../feedback/start-reanalysis.ts';
import { trainCustomThemes } from '../text/index.ts';
import { canManageTextSettings } from './text-settings.policy.ts';
import { forgetTextAnalysisOptions } from './text-analysis-options.ts';
import { saveCustomThemeModel } from './text-settings.repo.ts';

export interface LabelledExample {
  text: string;
  themes: string[];
}

const MIN_EXAMPLES_PER_THEME = 2;

export async function trainOrgCustomThemes(db: Db, actor: Actor, examples: LabelledExample[]): Promise<{ examples: number; themes: Record<string, number> }> {
  authorize(canManageTextSettings(actor), 'train custom themes');
  const counts: Record<string, number> = {};
  for (const example of examples) for (const theme of example.themes) counts[theme] = (counts[theme] ?? 0) + 1;
  const rare = Object.entries(counts).filter(([, count]) => count < MIN_EXAMPLES_PER_THEME);
  if (Object.keys(counts).length < 2) throw new AppError('validation_failed', 'Custom themes need examples of at least two different themes.');
  if (rare.length > 0) {
    throw new AppError('validation_failed', `Each theme needs at least ${MIN_EXAMPLES_PER_THEME} examples; too few for: ${rare.map(([theme]) => theme).join(', ')}.`);
  }
  const model = trainCustomThemes(examples);
  const summary = { examples: examples.length, themes: counts, trained_at: new Date().toISOString() };
  await inTransaction(db, async (tx) => {
    await saveCustomThemeModel(tx, actor.orgId, model, summary);
    await startReanalysis(tx, actor);
  });
  forgetTextAnalysisOptions(actor.orgId);
  return { examples: examples.length, themes: counts };
}

export async function removeOrgCustomThemes(db: Db, actor: Actor): Promise<void> {
  authorize(canManageTextSettings(actor), 'remove custom themes');
  await inTransaction(db, async (tx) => {
    await saveCustomThemeModel(tx, actor.orgId, null, null);
    await startReanalysis(tx, actor);
  });
  forgetTextAnalysisOptions(actor.orgId);
}
