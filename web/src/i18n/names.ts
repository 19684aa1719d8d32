import type { Language } from './index.ts';

interface Bilingual {
  name_en?: string | null;
  name_zh?: string | null;
}

/**
 * Channels, journeys, stages and touchpoints may be named in one language only; the other
 * language is a better fallback than showing nothing.
 */
export function localizedName(thing: Bilingual, language: Language, fallback = ''): string {
  const [first, second] = language === 'zh-CN' ? [thing.name_zh, thing.name_en] : [thing.name_en, thing.name_zh];
  return first?.trim() || second?.trim() || fallback;
}

/** Themes use label_* instead of name_*, but the fallback rule is the same. */
export function localizedLabel(
  thing: { label_en?: string | null; label_zh?: string | null },
  language: Language,
  fallback = '',
): string {
  return localizedName({ name_en: thing.label_en, name_zh: thing.label_zh }, language, fallback);
}
