// The rule vocabulary of one language, bundled so that clause splitting and lexicon scoring are
// written once for both languages. Every word's rule information is merged into one CueInfo so
// the hot path does one map lookup per token (attachCues), not one per rule list.

import type { CueInfo, Token } from '../core/tokens.ts';
import { EN_CONCESSION, EN_CONTRAST, EN_INTENSIFIERS, EN_LEXICON, EN_NEGATORS, EN_QUESTION, EN_SARCASM } from './lexicon-en.ts';
import { ZH_CONCESSION, ZH_CONTRAST, ZH_INTENSIFIERS, ZH_LEXICON, ZH_NEGATORS, ZH_QUESTION, ZH_SARCASM, ZH_TOPIC_WORDS } from './lexicon-zh.ts';

export interface Cues {
  /** 1 for every UTF-16 code unit that starts some cue word: most tokens skip the map lookup. */
  firstChars: Uint8Array;
  lexicon: Map<string, number>;
  intensifiers: Map<string, number>;
  sarcasm: Set<string>;
  concession: Set<string>;
  /** Merged per-word information (single words and phrase heads). */
  info: Map<string, CueInfo>;
}

interface CueSource {
  lexicon: Map<string, number>;
  negators: Set<string>;
  intensifiers: Map<string, number>;
  strongContrast: Set<string>;
  weakContrast: Set<string>;
  concession: Set<string>;
  question: Set<string>;
  sarcasm: Set<string>;
  topics: Set<string>;
}

function build(src: CueSource): Cues {
  const info = new Map<string, CueInfo>();
  const get = (w: string): CueInfo => {
    let c = info.get(w);
    if (!c) {
      c = { lex: 0, boost: 0, negator: false, sarcasm: false, contrast: 0, concession: false, question: false, phraseHead: false, topic: false };
      info.set(w, c);
    }
    return c;
  };
  const phrases = new Set<string>();
  const each = (words: Iterable<string>, set: (c: CueInfo, w: string) => void): void => {
    for (const w of words) {
      if (w.includes(' ')) {
        phrases.add(w);
        get(w.split(' ')[0] as string).phraseHead = true;
      }
      set(get(w), w);
    }
  };
  each(src.lexicon.keys(), (c, w) => (c.lex = src.lexicon.get(w) ?? 0));
  each(src.negators, (c) => (c.negator = true));
  each(src.intensifiers.keys(), (c, w) => (c.boost = src.intensifiers.get(w) ?? 0));
  each(src.strongContrast, (c) => (c.contrast = 2));
  each(src.weakContrast, (c) => (c.contrast = Math.max(c.contrast, 1)));
  each(src.concession, (c) => (c.concession = true));
  each(src.question, (c) => (c.question = true));
  each(src.sarcasm, (c) => (c.sarcasm = true));
  each(src.topics, (c) => (c.topic = true));
  const firstChars = new Uint8Array(65536);
  for (const w of info.keys()) firstChars[w.charCodeAt(0)] = 1;
  return { firstChars, lexicon: src.lexicon, intensifiers: src.intensifiers, sarcasm: src.sarcasm, concession: src.concession, info };
}

const ZH_WEAK = new Set(['只是', '就是', '无奈', '遗憾的是', '可惜']);
const EN_WEAK = new Set(['unfortunately', 'except', 'yet']);

export const ZH_CUES: Cues = build({
  lexicon: ZH_LEXICON,
  negators: ZH_NEGATORS,
  intensifiers: ZH_INTENSIFIERS,
  strongContrast: new Set([...ZH_CONTRAST].filter((w) => !ZH_WEAK.has(w))),
  weakContrast: ZH_WEAK,
  concession: ZH_CONCESSION,
  question: ZH_QUESTION,
  sarcasm: ZH_SARCASM,
  topics: ZH_TOPIC_WORDS,
});

export const EN_CUES: Cues = build({
  lexicon: EN_LEXICON,
  negators: EN_NEGATORS,
  intensifiers: EN_INTENSIFIERS,
  strongContrast: new Set([...EN_CONTRAST].filter((w) => !EN_WEAK.has(w))),
  weakContrast: EN_WEAK,
  concession: EN_CONCESSION,
  question: EN_QUESTION,
  sarcasm: EN_SARCASM,
  topics: new Set(),
});

// English negation also comes as a clitic: don't, can't, isn't ...
const CLITIC_NEGATOR: CueInfo = { lex: 0, boost: 0, negator: true, sarcasm: false, contrast: 0, concession: false, question: false, phraseHead: false, topic: false };

export const cuesFor = (han: boolean): Cues => (han ? ZH_CUES : EN_CUES);

/** "loove" → "love": an elongated word whose doubled form is not a cue word. */
function squeezeAll(w: string): string {
  let out = '';
  for (let k = 0; k < w.length; k++) if (k === 0 || w.charCodeAt(k) !== w.charCodeAt(k - 1)) out += w[k];
  return out;
}

/** Looks up every word and symbol token once; Han tokens use Chinese rules, others English. */
export function attachCues(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 0 && t.kind !== 4) {
      t.cue = null;
      continue;
    }
    const cues = t.han ? ZH_CUES : EN_CUES;
    const c = cues.firstChars[t.text.charCodeAt(0)] === 1 ? cues.info.get(t.text) : undefined;
    if (c) t.cue = c;
    else if (!t.han && t.end - t.start > t.text.length && t.kind === 0) t.cue = cues.info.get(squeezeAll(t.text)) ?? null;
    else t.cue = !t.han && t.text.length > 3 && t.text.endsWith("n't") ? CLITIC_NEGATOR : null;
  }
}
