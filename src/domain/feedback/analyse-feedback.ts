// Analysis at write: turns the text engine's result into the columns analytics query, and keeps the
// full explanation beside them so every label can be justified later.
import { ANALYSIS_VERSION, analyzeText, searchTerms, type AnalyzeOptions } from '../text/index.ts';
import type { NewFeedbackRow } from './feedback.repo.ts';

type AnalysisColumns = Pick<
  NewFeedbackRow,
  'text_redacted' | 'search_terms' | 'lang' | 'sentiment_label' | 'sentiment_score' | 'themes' | 'mentioned_channels' | 'breakpoint_from' | 'breakpoint_to' | 'analysis_version' | 'analysis'
>;

export function analyseFeedback(text: string | undefined | null, channel: string, options: AnalyzeOptions = {}): AnalysisColumns {
  if (text === undefined || text === null) {
    return {
      text_redacted: null, search_terms: [], lang: null, sentiment_label: null, sentiment_score: null, themes: [], mentioned_channels: [],
      breakpoint_from: null, breakpoint_to: null, analysis_version: ANALYSIS_VERSION, analysis: {},
    };
  }
  const result = analyzeText({ text, channel }, options);
  return {
    text_redacted: result.text_redacted,
    // Search indexes the redacted text: personal data written into feedback is not searchable.
    search_terms: searchTerms(result.text_redacted),
    lang: result.lang,
    sentiment_label: result.sentiment.label,
    sentiment_score: clampScore(result.sentiment.score),
    themes: result.themes.map((theme) => theme.id),
    mentioned_channels: result.mentioned_channels,
    breakpoint_from: result.breakpoint?.from ?? null,
    breakpoint_to: result.breakpoint?.to ?? null,
    analysis_version: ANALYSIS_VERSION,
    analysis: {
      themes: result.themes,
      clauses: result.sentiment.clauses,
      breakpoint: result.breakpoint,
      pii: result.pii,
      explanation: result.explanation,
    },
  };
}

function clampScore(score: number): number {
  return Math.max(-1, Math.min(1, Math.round(score * 1000) / 1000));
}
