// Public interface of the text-analytics engine (offline, CPU-only, no database inside).
// See docs/text-analytics.md.

import { warmUpSegmenter } from './core/segment.ts';
import { loadSentimentModel } from './sentiment/model-store.ts';
import { defaultCompiledTaxonomy } from './themes/match-themes.ts';

/**
 * Version of everything that can change an analysis result (models, lexicons, taxonomy, rules).
 * Stored with each analysed item; bump it whenever any of those change so history is re-analysed.
 */
export const ANALYSIS_VERSION = 5;

export { analyzeText, MAX_CHARS, type AnalyzeOptions } from './analyze-text.ts';
export { runAnalyzeStream } from './run-analyze-stream.ts';
export type { TextAnalysis, ThemeResult, BreakpointResult, TextExplanation, Lang, SentimentLabel, ChannelId } from './types.ts';

export { defaultTaxonomy } from './themes/default-taxonomy.ts';
export { taxonomySchema, themeSchema, type Taxonomy, type Theme } from './themes/taxonomy-schema.ts';
export { trainCustomThemes, predictCustomThemes, type CustomThemeTrainingOptions, type CustomThemePrediction } from './themes/custom-themes.ts';
export { customThemeModelSchema, type CustomThemeModel } from './themes/custom-theme-model.ts';

export { distinctiveDescriptors, type DescriptorGroup, type DescriptorOptions } from './insights/distinctive-descriptors.ts';
export { emergingTerms, type EmergingTerm, type EmergingOptions } from './insights/emerging-terms.ts';

export { searchTerms } from './search-terms.ts';
export { isStopWord } from './insights/terms.ts';
export { redactPii, type RedactionResult, type PiiKind, type PiiCount } from './pii/redact-pii.ts';
export { detectLang } from './core/lang.ts';
export { tokenize, words } from './core/segment.ts';
export { CHANNEL_IDS, normalizeChannelId } from './channels/channel-lexicon.ts';

/** Loads the segmenter dictionary, both sentiment models and the default taxonomy now (~0.5 s), e.g. at server start. */
export function warmUp(): void {
  warmUpSegmenter();
  loadSentimentModel('zh');
  loadSentimentModel('en');
  defaultCompiledTaxonomy();
}
