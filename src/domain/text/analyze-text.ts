// Full analysis of one feedback item at ingest: language, sentiment (item and clauses), themes
// (taxonomy and optional custom model), channels mentioned, cross-channel breakpoint and PII
// redaction, each with its explanation. Pure and synchronous; models load once, lazily.

import { detectLang } from './core/lang.ts';
import { normalizeText } from './core/normalize.ts';
import { tokenize } from './core/segment.ts';
import { normalizeChannelId } from './channels/channel-lexicon.ts';
import { distinctChannels, findChannelMentions } from './channels/detect-channels.ts';
import { detectBreakpoint } from './channels/detect-breakpoint.ts';
import { redactPii } from './pii/redact-pii.ts';
import { scoreSentiment } from './sentiment/score-sentiment.ts';
import { predictCustomThemes } from './themes/custom-themes.ts';
import type { CustomThemeModel } from './themes/custom-theme-model.ts';
import { compileTaxonomy, defaultCompiledTaxonomy, matchThemes } from './themes/match-themes.ts';
import type { Taxonomy } from './themes/taxonomy-schema.ts';
import type { TextAnalysis, ThemeResult } from './types.ts';

export interface AnalyzeOptions {
  /** An admin-edited taxonomy (validated with taxonomySchema); default: defaultTaxonomy(). */
  taxonomy?: Taxonomy;
  customThemes?: CustomThemeModel | null;
}

/** Items longer than this are analysed on their first MAX_CHARS characters (redaction covers all). */
export const MAX_CHARS = 5000;

const PLACEHOLDER = /\[(?:EMAIL|PHONE|ID_CARD|BANK_CARD)\]/g;

export function analyzeText(input: { text: string; channel?: string | null }, options: AnalyzeOptions = {}): TextAnalysis {
  const full = input.text ?? '';
  const redaction = redactPii(full);
  // Analyse the redacted text (evidence never quotes PII) with the placeholders blanked out, so
  // that "[EMAIL]" is not read as a mention of the email channel. Same length: offsets still hold.
  const text = redaction.text.length > MAX_CHARS ? redaction.text.slice(0, MAX_CHARS) : redaction.text;
  const norm = normalizeText(redaction.pii.length > 0 ? text.replace(PLACEHOLDER, (m) => ' '.repeat(m.length)) : text);
  const lang = detectLang(norm);
  const tokens = tokenize(norm);
  const sentiment = scoreSentiment(text, norm, tokens, lang);

  const taxonomy = options.taxonomy ? compileTaxonomy(options.taxonomy) : defaultCompiledTaxonomy();
  const themes: ThemeResult[] = matchThemes(text, norm, taxonomy).map((t) => ({ ...t, source: 'taxonomy' as const }));
  if (options.customThemes) {
    for (const p of predictCustomThemes(options.customThemes, text, false, { norm, tokens })) {
      themes.push({ id: p.label, label_en: p.label, label_zh: p.label, evidence: p.evidence, source: 'custom', probability: p.probability });
    }
  }

  const mentions = findChannelMentions(text, norm);
  const channels = distinctChannels(mentions);
  const bp = detectBreakpoint(text, norm, mentions, sentiment.label === 'negative', normalizeChannelId(input.channel));

  const channelEvidence: Record<string, string[]> = {};
  for (const m of mentions) (channelEvidence[m.channel] ??= []).includes(m.term) || channelEvidence[m.channel]?.push(m.term);
  const themeEvidence: Record<string, string[]> = {};
  for (const t of themes) themeEvidence[t.id] = t.evidence;

  return {
    lang,
    sentiment: { label: sentiment.label, score: sentiment.score, clauses: sentiment.clauses },
    themes,
    mentioned_channels: channels,
    breakpoint: bp ? { from: bp.from, to: bp.to, evidence: bp.evidence } : null,
    text_redacted: redaction.text,
    pii: redaction.pii,
    explanation: {
      lang: `script counts → ${lang}`,
      sentiment: sentiment.explanation,
      themes: themeEvidence,
      channels: channelEvidence,
      breakpoint: bp ? { rule: bp.rule, evidence: bp.evidence } : null,
      pii: redaction.pii.map((p) => `${p.kind} ×${p.count} redacted`),
    },
  };
}
