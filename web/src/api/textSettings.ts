// The text analytics settings: the theme taxonomy, the custom theme model, and "try it" analysis.
import { http } from './http.ts';
import type { SentimentLabel } from './types.ts';

export interface TaxonomyTheme {
  id: string;
  label_en: string;
  label_zh: string;
  terms_zh: string[];
  terms_en: string[];
  patterns: string[];
}

export interface Taxonomy {
  version: number;
  themes: TaxonomyTheme[];
}

export interface CustomThemesSummary {
  examples: number;
  themes: Record<string, number>;
  trained_at: string;
}

export interface TextSettings {
  taxonomy: Taxonomy;
  is_default_taxonomy: boolean;
  custom_themes: CustomThemesSummary | null;
  revision: number;
}

export interface LabelledExample {
  text: string;
  themes: string[];
}

export interface TrainedCustomThemes {
  examples: number;
  themes: Record<string, number>;
}

export interface AnalysedTheme {
  id: string;
  label_en: string;
  label_zh: string;
  evidence: string[];
  source: 'taxonomy' | 'custom';
  probability?: number;
}

export interface TextAnalysis {
  lang: string;
  sentiment: { label: SentimentLabel; score: number; clauses: Array<{ text: string; label: SentimentLabel; score: number }> };
  themes: AnalysedTheme[];
  mentioned_channels: string[];
  breakpoint: { from: string; to: string; evidence: string[] } | null;
  text_redacted: string;
  pii: Array<{ kind: string; count: number }>;
  explanation: Record<string, unknown>;
}

export const getTextSettings = () => http.get<TextSettings>('/text/settings');
export const saveTaxonomy = (taxonomy: Taxonomy) => http.put<TextSettings>('/text/taxonomy', taxonomy);
export const restoreDefaultTaxonomy = () => http.delete<TextSettings>('/text/taxonomy');
export const trainCustomThemes = (examples: LabelledExample[]) =>
  http.post<TrainedCustomThemes>('/text/custom-themes', { examples });
export const removeCustomThemes = () => http.delete('/text/custom-themes');
export const analyzeText = (text: string, channel?: string) =>
  http.post<TextAnalysis>('/text/analyze', channel ? { text, channel } : { text });
