// Applies a taxonomy to a text. All terms of all themes go into one Aho–Corasick automaton
// (built once per taxonomy object and cached), so matching is one pass over the text however
// many themes there are; regular-expression patterns run afterwards, only if a theme has any.

import { AhoCorasick } from '../core/aho-corasick.ts';
import { normalizeText } from '../core/normalize.ts';
import { defaultTaxonomy } from './default-taxonomy.ts';
import type { Taxonomy } from './taxonomy-schema.ts';

export interface ThemeMatch {
  id: string;
  label_en: string;
  label_zh: string;
  /** The words (quoted from the text) and patterns that matched. */
  evidence: string[];
}

interface CompiledTaxonomy {
  taxonomy: Taxonomy;
  terms: AhoCorasick<number>;
  patterns: Array<{ theme: number; re: RegExp; source: string }>;
}

const compiled = new WeakMap<Taxonomy, CompiledTaxonomy>();
let defaultCompiled: CompiledTaxonomy | null = null;

export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const hit = compiled.get(taxonomy);
  if (hit) return hit;
  const terms = new AhoCorasick<number>();
  const patterns: CompiledTaxonomy['patterns'] = [];
  taxonomy.themes.forEach((theme, i) => {
    for (const t of [...theme.terms_zh, ...theme.terms_en]) terms.add(normalizeText(t.trim()), i);
    for (const source of theme.patterns) patterns.push({ theme: i, re: new RegExp(source, 'iu'), source });
  });
  const result = { taxonomy, terms: terms.build(), patterns };
  compiled.set(taxonomy, result);
  return result;
}

export function defaultCompiledTaxonomy(): CompiledTaxonomy {
  defaultCompiled ??= compileTaxonomy(defaultTaxonomy());
  return defaultCompiled;
}

export function matchThemes(text: string, norm: string, c: CompiledTaxonomy): ThemeMatch[] {
  const evidence = new Map<number, string[]>();
  const add = (theme: number, what: string): void => {
    const list = evidence.get(theme);
    if (!list) evidence.set(theme, [what]);
    else if (!list.includes(what)) list.push(what);
  };
  c.terms.scan(norm, (theme, start, end) => add(theme, text.slice(start, end)));
  for (const p of c.patterns) {
    const m = p.re.exec(norm);
    if (m) add(p.theme, text.slice(m.index, m.index + m[0].length));
  }
  const out: ThemeMatch[] = [];
  for (const [i, ev] of [...evidence.entries()].sort((a, b) => a[0] - b[0])) {
    const t = c.taxonomy.themes[i];
    if (t) out.push({ id: t.id, label_en: t.label_en, label_zh: t.label_zh, evidence: ev });
  }
  return out;
}
