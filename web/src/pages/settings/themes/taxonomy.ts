// Pure rules of the taxonomy editor: how a theme becomes form text and back, what the browser can
// check before saving, and where the server's validation problems belong.
import type { Taxonomy, TaxonomyTheme } from '../../../api/textSettings.ts';

export const THEME_ID = /^[a-z0-9][a-z0-9_.-]{0,63}$/;

/** One entry per line, trimmed; blank lines and repeats are dropped. */
export function splitLines(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed) seen.add(trimmed);
  }
  return [...seen];
}

/** The message of the regular expression engine, or null when the pattern compiles. */
export function patternError(pattern: string): string | null {
  try {
    new RegExp(pattern, 'iu');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export interface ThemeDraft {
  id: string;
  label_en: string;
  label_zh: string;
  terms_zh: string;
  terms_en: string;
  patterns: string;
}

export const emptyDraft = (): ThemeDraft => ({ id: '', label_en: '', label_zh: '', terms_zh: '', terms_en: '', patterns: '' });

export function draftOf(theme: TaxonomyTheme): ThemeDraft {
  return {
    id: theme.id,
    label_en: theme.label_en,
    label_zh: theme.label_zh,
    terms_zh: theme.terms_zh.join('\n'),
    terms_en: theme.terms_en.join('\n'),
    patterns: theme.patterns.join('\n'),
  };
}

export function themeOf(draft: ThemeDraft): TaxonomyTheme {
  return {
    id: draft.id.trim(),
    label_en: draft.label_en.trim(),
    label_zh: draft.label_zh.trim(),
    terms_zh: splitLines(draft.terms_zh),
    terms_en: splitLines(draft.terms_en),
    patterns: splitLines(draft.patterns),
  };
}

export type DraftField = keyof ThemeDraft;

/** A problem found in the browser: a translation key under themes.problems, with its values. */
export interface DraftProblem {
  field: DraftField;
  key: 'idFormat' | 'idTaken' | 'labelRequired' | 'badPattern';
  values?: Record<string, string | number>;
}

export function checkDraft(draft: ThemeDraft, otherIds: readonly string[]): DraftProblem[] {
  const theme = themeOf(draft);
  const problems: DraftProblem[] = [];
  if (!THEME_ID.test(theme.id)) problems.push({ field: 'id', key: 'idFormat' });
  else if (otherIds.includes(theme.id)) problems.push({ field: 'id', key: 'idTaken', values: { id: theme.id } });
  if (!theme.label_zh) problems.push({ field: 'label_zh', key: 'labelRequired' });
  if (!theme.label_en) problems.push({ field: 'label_en', key: 'labelRequired' });
  theme.patterns.forEach((pattern, index) => {
    const message = patternError(pattern);
    if (message) problems.push({ field: 'patterns', key: 'badPattern', values: { line: index + 1, pattern, message } });
  });
  return problems;
}

/** Themes whose id, labels or terms contain the query (case-insensitive), with their positions. */
export function filterThemes(themes: readonly TaxonomyTheme[], query: string): Array<{ theme: TaxonomyTheme; index: number }> {
  const needle = query.trim().toLowerCase();
  const all = themes.map((theme, index) => ({ theme, index }));
  if (!needle) return all;
  return all.filter(({ theme }) =>
    [theme.id, theme.label_en, theme.label_zh, ...theme.terms_zh, ...theme.terms_en].some((text) => text.toLowerCase().includes(needle)),
  );
}

export interface ServerProblem {
  /** The field of the theme ("patterns", "id"…), or "" when the problem is about the whole theme. */
  field: string;
  message: string;
}

export interface ServerProblems {
  byTheme: Map<number, ServerProblem[]>;
  /** Problems that name no theme (the version, the list itself). */
  general: string[];
}

const THEME_PATH = /themes(?:\[(\d+)\]|[./](\d+))(?:[./]([a-z_]+))?/;

/**
 * Sorts the server's `details` (paths like "themes[3].patterns[0]") by theme index so each
 * problem is shown next to the theme and field it is about.
 */
export function serverProblemsOf(details: unknown): ServerProblems {
  const byTheme = new Map<number, ServerProblem[]>();
  const general: string[] = [];
  if (!Array.isArray(details)) return { byTheme, general };
  for (const detail of details) {
    if (!detail || typeof detail !== 'object') continue;
    const { path, message } = detail as { path?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : '';
    const match = typeof path === 'string' ? THEME_PATH.exec(path) : null;
    if (!match) {
      general.push(typeof path === 'string' && path ? `${path}: ${text}` : text);
      continue;
    }
    const index = Number(match[1] ?? match[2]);
    const list = byTheme.get(index) ?? [];
    list.push({ field: match[3] ?? '', message: text });
    byTheme.set(index, list);
  }
  return { byTheme, general };
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * Reads an imported JSON file as a taxonomy, or returns null when it is not one. Only the shape
 * needed to show it is checked here; the server validates everything on save.
 */
export function taxonomyFromJson(json: unknown): Taxonomy | null {
  if (!json || typeof json !== 'object') return null;
  const { version, themes } = json as { version?: unknown; themes?: unknown };
  if (!Array.isArray(themes)) return null;
  if (!themes.every((theme) => theme && typeof theme === 'object')) return null;
  return {
    version: typeof version === 'number' ? version : 1,
    themes: themes.map((theme: Record<string, unknown>) => ({
      id: typeof theme.id === 'string' ? theme.id : String(theme.id ?? ''),
      label_en: typeof theme.label_en === 'string' ? theme.label_en : '',
      label_zh: typeof theme.label_zh === 'string' ? theme.label_zh : '',
      terms_zh: strings(theme.terms_zh),
      terms_en: strings(theme.terms_en),
      patterns: strings(theme.patterns),
    })),
  };
}

export function sameTaxonomy(a: Taxonomy, b: Taxonomy): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
