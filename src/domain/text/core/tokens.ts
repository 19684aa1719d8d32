// One token stream for both languages: Chinese comes from jieba, Latin script from a hand-written
// scanner (no regex: it runs for every item at ingest). Offsets index the normalised text, which
// has the same length as the original.

export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2; // breaks a clause
export const SPACE = 3;
export const SYM = 4; // emoji, @mentions, URLs, other symbols

/** What the sentiment rules know about a word; looked up once per token (see sentiment/cues.ts). */
export interface CueInfo {
  /** Lexicon weight, or 0 when the word is not in the lexicon. */
  lex: number;
  /** Intensifier multiplier, or 0. */
  boost: number;
  negator: boolean;
  sarcasm: boolean;
  /** 0: none, 1: weak (only at clause start, no re-weighting), 2: strong contrast marker. */
  contrast: number;
  concession: boolean;
  question: boolean;
  /** First word of a multi-word entry. */
  phraseHead: boolean;
  /** Names who or what the feedback is about (ZH_TOPIC_WORDS): no sentiment weight of its own. */
  topic: boolean;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: number;
  /** true when the token is written in Han characters (routes the clause to the zh model). */
  han: boolean;
  /** Filled by attachCues() before sentiment scoring; null for words with no rule. Created as
   * null so every token object has the same shape (a property added later slows V8 down). */
  cue: CueInfo | null;
}

const CLAUSE_PUNCT = new Set(',.!?;:，。！？；：、…~～\n\r\t|/()（）【】[]「」『』"“”'.split(''));

export function isClausePunct(ch: string): boolean {
  return CLAUSE_PUNCT.has(ch);
}

function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x41 && c <= 0x5a)
  );
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x3000;
}

/** Scans s[from, to) for Latin-script tokens; Han characters become one-character SYM tokens. */
export function tokenizeLatin(s: string, from: number, to: number, out: Token[]): void {
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if ((c === 0x68 || c === 0x77) && isUrlStart(s, i)) {
      // URLs name things, they do not express sentiment: one SYM token ("http://t.co/x").
      let j = i + 1;
      while (j < to && !isSpace(s.charCodeAt(j)) && s.charCodeAt(j) !== 0x0a) j++;
      out.push({ text: s.slice(i, j), start: i, end: j, kind: SYM, han: false, cue: null });
      i = j;
    } else if (isWordChar(c) || (c === 0x23 && i + 1 < to && isWordChar(s.charCodeAt(i + 1)))) {
      const start = c === 0x23 ? i + 1 : i; // "#fail" carries the word "fail"
      let j = start;
      let digits = true;
      while (j < to) {
        const d = s.charCodeAt(j);
        if (isWordChar(d)) {
          if (d < 0x30 || d > 0x39) digits = false;
          j++;
        } else if (isApostrophe(d) && j + 1 < to && isWordChar(s.charCodeAt(j + 1)) && j > start) j++;
        else break;
      }
      let text = s.slice(start, j);
      if (text.indexOf('\u2019') >= 0) text = text.replaceAll('\u2019', "'");
      // Elongated words ("sooo", "goood"): runs of 3+ letters become 2, so they share features
      // with the plain word; attachCues() tries single letters too ("loove" → "love").
      if (!digits && j - start >= 3) text = squeezeRuns(text);
      out.push({ text, start, end: j, kind: digits ? NUM : WORD, han: false, cue: null });
      i = j;
    } else if ((c === 0x3a || c === 0x3b || c === 0x3d || c === 0x3c) && emoticonLength(s, i, to) > 0) {
      // Emoticons (":)", ":-(", ";)", ":d", "<3") are one symbol each, written canonically.
      const n = emoticonLength(s, i, to);
      out.push({ text: canonicalEmoticon(s.slice(i, i + n)), start: i, end: i + n, kind: SYM, han: false, cue: null });
      i += n;
    } else if (c === 0x40) {
      // @mentions name someone, they do not express sentiment: one SYM token.
      let j = i + 1;
      while (j < to && !isSpace(s.charCodeAt(j)) && s.charCodeAt(j) !== 0x0a) j++;
      if (c === 0x40) while (j > i + 1 && !isWordChar(s.charCodeAt(j - 1))) j--;
      out.push({ text: s.slice(i, j), start: i, end: j, kind: SYM, han: false, cue: null });
      i = j;
    } else if (isSpace(c)) {
      let j = i + 1;
      while (j < to && isSpace(s.charCodeAt(j))) j++;
      out.push({ text: ' ', start: i, end: j, kind: SPACE, han: false, cue: null });
      i = j;
    } else {
      // Surrogate pairs (emoji) stay together so that 😡 can be a lexicon entry.
      const w = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      const ch = s.slice(i, i + w);
      out.push({ text: ch, start: i, end: i + w, kind: isClausePunct(ch) ? PUNCT : SYM, han: false, cue: null });
      i += w;
    }
  }
}

/** "goooood" → "good"; returns the same string when no letter repeats 3+ times. */
export function squeezeRuns(w: string): string {
  let run = 1;
  let found = false;
  for (let k = 1; k < w.length && !found; k++) {
    run = w.charCodeAt(k) === w.charCodeAt(k - 1) ? run + 1 : 1;
    if (run === 3) found = true;
  }
  if (!found) return w;
  let out = '';
  run = 0;
  for (let k = 0; k < w.length; k++) {
    run = k > 0 && w.charCodeAt(k) === w.charCodeAt(k - 1) ? run + 1 : 1;
    if (run <= 2) out += w[k];
  }
  return out;
}

const EMO_MOUTH = new Set([')', '(', 'd', 'p', '/', '[', ']', '|', '*', '\\']);

/** Length of an emoticon at s[i] (":)", ":-)", ":'(", ";)", "=)", "<3"), or 0. */
function emoticonLength(s: string, i: number, to: number): number {
  if (s.charCodeAt(i) === 0x3c) return i + 1 < to && s.charCodeAt(i + 1) === 0x33 && !(i + 2 < to && isWordChar(s.charCodeAt(i + 2))) ? 2 : 0;
  let j = i + 1;
  if (j < to && (s[j] === '-' || s[j] === "'")) j++;
  if (j >= to || !EMO_MOUTH.has(s[j] as string)) return 0;
  // ":d" / ":p" only when a word does not continue ("note:people" is no emoticon).
  if ((s[j] === 'd' || s[j] === 'p') && j + 1 < to && isWordChar(s.charCodeAt(j + 1))) return 0;
  if (i > 0 && isWordChar(s.charCodeAt(i - 1)) && s.charCodeAt(i) !== 0x3a) return 0;
  if (i > 0 && s.charCodeAt(i - 1) >= 0x30 && s.charCodeAt(i - 1) <= 0x39) return 0; // "12:30"
  return j + 1 - i;
}

function canonicalEmoticon(e: string): string {
  if (e === '<3') return e;
  const mouth = e[e.length - 1] as string;
  if (e.includes("'")) return ":'(";
  return mouth === ']' ? ':)' : mouth === '[' ? ':(' : mouth === '\\' ? ':/' : `:${mouth}`;
}

function isUrlStart(s: string, i: number): boolean {
  return s.startsWith('http://', i) || s.startsWith('https://', i) || s.startsWith('www.', i);
}

/** Classifies one jieba token. */
export function classifyToken(text: string, start: number): Token {
  const c = text.charCodeAt(0);
  const end = start + text.length;
  if (c >= 0x3400 && c <= 0x9fff) return { text, start, end, kind: WORD, han: true, cue: null };
  if (isSpace(c)) return { text: ' ', start, end, kind: SPACE, han: false, cue: null };
  if (isWordChar(c)) {
    let digits = true;
    for (let i = 0; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (d < 0x30 || d > 0x39) digits = false;
    }
    return { text, start, end, kind: digits ? NUM : WORD, han: false, cue: null };
  }
  return { text, start, end, kind: text.length === 1 && isClausePunct(text) ? PUNCT : SYM, han: false, cue: null };
}
