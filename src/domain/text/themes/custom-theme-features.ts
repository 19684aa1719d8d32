// Features for custom-theme classifiers: words, word pairs, character n-grams (3–5 inside
// English words, which tolerates typos and inflections; 1–2 for Chinese, which tolerates
// segmentation differences). Values are (1 + log tf) × idf, normalised to unit length later.

import { combineHash, hashSlice, hashString, kindSeed } from '../core/hash.ts';
import { normalizeText } from '../core/normalize.ts';
import { tokenize } from '../core/segment.ts';
import { NUM, WORD, type Token } from '../core/tokens.ts';

const SEED_UNI = kindSeed('cw');
const SEED_BI = kindSeed('cb');
const SEED_CHAR = kindSeed('cc');

export interface TermCounts {
  keys: number[];
  counts: number[];
  /** Human-readable form of each key (for explanations). */
  terms: string[];
}

export function customFeatures(text: string): TermCounts {
  const norm = normalizeText(text);
  return customFeaturesOfTokens(norm, tokenize(norm));
}

/** Same, from a text already normalised and tokenised (analyzeText shares its tokens). */
export function customFeaturesOfTokens(norm: string, tokens: Token[]): TermCounts {
  const index = new Map<number, number>();
  const out: TermCounts = { keys: [], counts: [], terms: [] };
  const add = (key: number, term: string): void => {
    const i = index.get(key);
    if (i !== undefined) out.counts[i] = (out.counts[i] as number) + 1;
    else {
      index.set(key, out.keys.length);
      out.keys.push(key);
      out.counts.push(1);
      out.terms.push(term);
    }
  };
  let prev: string | null = null;
  let prevHash = 0;
  for (const t of tokens) {
    if (t.kind !== WORD && t.kind !== NUM) {
      if (t.kind !== 3) prev = null; // punctuation breaks word pairs, spaces do not
      continue;
    }
    const w = t.kind === NUM ? '#num' : t.text;
    const h = hashString(w, SEED_UNI);
    add(h, w);
    if (prev !== null) add(combineHash(prevHash, h) ^ SEED_BI, `${prev} ${w}`);
    prev = w;
    prevHash = h;
    if (t.kind !== WORD) continue;
    if (t.han) {
      for (let i = t.start; i < t.end; i++) {
        add(hashSlice(norm, i, i + 1, SEED_CHAR), norm[i] as string);
        if (i + 2 <= t.end) add(hashSlice(norm, i, i + 2, SEED_CHAR), norm.slice(i, i + 2));
      }
    } else if (w.length > 3) {
      const padded = `<${w}>`;
      for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) add(hashSlice(padded, i, i + n, SEED_CHAR), padded.slice(i, i + n));
    }
  }
  return out;
}
