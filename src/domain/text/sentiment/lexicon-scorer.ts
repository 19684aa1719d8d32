// Lexicon scoring of one clause with explicit rules: a negator flips the next sentiment word
// ("不满意", "not good"; negated negatives only half-flip: "不差" is faint praise), an intensifier
// scales it ("非常好", "really bad"), and sarcasm markers are noted for the caller. Every hit is
// recorded so the explanation can show the exact words and rules behind a label.

import * as tk from '../core/tokens.ts';
import type { CueInfo, Token } from '../core/tokens.ts';
import type { Cues } from './cues.ts';

export interface LexiconHit {
  tok: number;
  term: string;
  base: number;
  value: number;
  negator: string | null;
  intensifier: string | null;
}

export interface LexiconResult {
  pos: number;
  neg: number;
  sarcasm: string | null;
}

// Copied into module constants: under tsx an imported binding is read through a getter.
const { WORD, SYM } = tk;

/** Words scanned after a negator before it lapses. */
const NEG_WINDOW_HAN = 3;
const NEG_WINDOW_LATIN = 5;

function nextWord(tokens: Token[], i: number, end: number): number {
  for (let j = i + 1; j < end; j++) if ((tokens[j] as Token).kind === WORD) return j;
  return -1;
}

/** Longest multi-word entry (2–3 words) starting at token i, or null. */
function phraseAt(tokens: Token[], i: number, end: number, cues: Cues): { text: string; last: number; cue: CueInfo } | null {
  const j = nextWord(tokens, i, end);
  if (j < 0) return null;
  const two = `${(tokens[i] as Token).text} ${(tokens[j] as Token).text}`;
  const k = nextWord(tokens, j, end);
  if (k >= 0) {
    const three = `${two} ${(tokens[k] as Token).text}`;
    const c3 = cues.info.get(three);
    if (c3) return { text: three, last: k, cue: c3 };
  }
  const c2 = cues.info.get(two);
  return c2 ? { text: two, last: j, cue: c2 } : null;
}

export function scoreLexicon(
  tokens: Token[],
  from: number,
  to: number,
  cues: Cues,
  hits: LexiconHit[] | null,
  out: LexiconResult,
): LexiconResult {
  out.pos = 0;
  out.neg = 0;
  out.sarcasm = null;
  let negator: string | null = null;
  let negLeft = 0;
  let intensity = 1;
  let intensifier: string | null = null;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== WORD && t.kind !== SYM) continue;
    let cue = t.cue;
    let term = t.text;
    let last = i;
    if (cue?.phraseHead) {
      const phrase = phraseAt(tokens, i, to, cues);
      if (phrase) {
        term = phrase.text;
        last = phrase.last;
        cue = phrase.cue;
      }
    }
    if (!cue) {
      if (t.kind === WORD) {
        if (negLeft > 0) negLeft--;
        intensity = 1;
        intensifier = null;
      }
      continue;
    }
    if (cue.sarcasm) {
      out.sarcasm = term;
      i = last;
      continue;
    }
    const lex = cue.lex;
    // "好"/"so" are both praise and intensifier: an intensifier when a sentiment word follows.
    if (cue.boost !== 0) {
      const n = nextWord(tokens, last, to);
      const nextIsSentiment = n >= 0 && ((tokens[n] as Token).cue?.lex ?? 0) !== 0;
      if (lex === 0 || nextIsSentiment) {
        intensity *= cue.boost;
        intensifier = term;
        i = last;
        continue;
      }
    }
    if (lex === 0 && cue.negator) {
      negator = term;
      negLeft = t.han ? NEG_WINDOW_HAN : NEG_WINDOW_LATIN;
      i = last;
      continue;
    }
    if (lex !== 0) {
      let value = lex * intensity;
      if (negLeft > 0) value = lex > 0 ? -0.8 * (intensity > 1 ? lex * 0.6 : value) : -0.5 * value;
      if (value > 0) out.pos += value;
      else out.neg -= value;
      hits?.push({ tok: i, term, base: lex, value, negator: negLeft > 0 ? negator : null, intensifier });
      negLeft = 0;
      intensity = 1;
      intensifier = null;
      i = last;
      continue;
    }
    // A rule word that is neither (e.g. a contrast marker): it ends any intensifier's reach.
    if (negLeft > 0) negLeft--;
    intensity = 1;
    intensifier = null;
  }
  return out;
}
