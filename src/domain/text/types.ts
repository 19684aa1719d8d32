// Public result types of the text engine.

import type { ChannelId } from './channels/channel-lexicon.ts';
import type { Lang } from './core/lang.ts';
import type { PiiCount } from './pii/redact-pii.ts';
import type { ClauseSentiment, SentimentExplanation, SentimentLabel } from './sentiment/score-sentiment.ts';

export type { Lang, SentimentLabel, ChannelId };

export interface ThemeResult {
  id: string;
  label_en: string;
  label_zh: string;
  /** Words/patterns (taxonomy) or most influential words (custom) behind the theme. */
  evidence: string[];
  source: 'taxonomy' | 'custom';
  /** Custom themes only: the classifier's probability. */
  probability?: number;
}

export interface BreakpointResult {
  from: string;
  to: string;
  evidence: string[];
}

export interface TextExplanation {
  lang: string;
  sentiment: SentimentExplanation;
  /** theme id → the words, patterns or classifier features that produced it. */
  themes: Record<string, string[]>;
  /** channel id → the words that named it. */
  channels: Record<string, string[]>;
  breakpoint: { rule: string; evidence: string[] } | null;
  pii: string[];
}

export interface TextAnalysis {
  lang: Lang;
  sentiment: { label: SentimentLabel; score: number; clauses: ClauseSentiment[] };
  themes: ThemeResult[];
  mentioned_channels: string[];
  breakpoint: BreakpointResult | null;
  text_redacted: string;
  pii: PiiCount[];
  explanation: TextExplanation;
}
