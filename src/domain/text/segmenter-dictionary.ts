// Extra words for jieba: the CX vocabulary, plus every multi-character Chinese cue of the
// sentiment rules (lexicon, negators, intensifiers, contrast, sarcasm ...), so that "等了",
// "没问题", "不太", "靠谱" reach the rules as one token instead of being split by the default
// dictionary. Frequencies are jieba's: ~5000 is enough to beat a split into two common words.

import { CX_WORDS } from './core/cx-dictionary.ts';
import { ZH_CONCESSION, ZH_CONTRAST, ZH_INTENSIFIERS, ZH_LEXICON, ZH_NEGATORS, ZH_QUESTION, ZH_SARCASM } from './sentiment/lexicon-zh.ts';

export function segmenterDictionary(): string {
  const lines = new Map<string, number>();
  for (const w of CX_WORDS) lines.set(w, w.length >= 3 ? 30000 : 60000);
  const cues = [...ZH_LEXICON.keys(), ...ZH_NEGATORS, ...ZH_INTENSIFIERS.keys(), ...ZH_CONTRAST, ...ZH_CONCESSION, ...ZH_QUESTION, ...ZH_SARCASM];
  for (const w of cues) if (w.length >= 2 && /^[\u3400-\u9fff]+$/.test(w) && !lines.has(w)) lines.set(w, 5000);
  return [...lines].map(([w, f]) => `${w} ${f}`).join('\n');
}
