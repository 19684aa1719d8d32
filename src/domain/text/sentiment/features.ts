// Features of the linear sentiment model, shared by training (scripts/train-sentiment.ts) and
// inference so that both see exactly the same thing. Per clause: words, words inside a negation
// scope (marked, as in Das & Chen 2001 / Pang et al. 2002), adjacent word pairs, Chinese
// character bigrams, and dense lexicon / question features. Everything is hashed to 32 bits and
// written into a reusable buffer: no per-feature allocation on the hot path.

import * as hashing from '../core/hash.ts';
import { WORD as WORD_KIND, type Token } from '../core/tokens.ts';
import type { Clause } from './clauses.ts';
import type { Cues } from './cues.ts';
import { scoreLexicon as scoreLexiconImpl, type LexiconHit, type LexiconResult } from './lexicon-scorer.ts';

// Hot-path imports are copied into module constants: under tsx (how the server and the bench
// run) an imported binding is read through a getter on every use.
const { combineHash, hashSlice, hashString, kindSeed } = hashing;
const WORD = WORD_KIND;
const scoreLexicon = scoreLexiconImpl;

export const F_WORD = 0;
export const F_NEG_WORD = 1;
export const F_BIGRAM = 2;
export const F_CHAR2 = 3;
export const F_DENSE = 4;

const SEED_WORD = kindSeed('w');
const SEED_NEG = kindSeed('nw');
const SEED_CHAR2 = kindSeed('c2');

export const KEY_LEX_POS = hashString('__lex_pos__');
export const KEY_LEX_NEG = hashString('__lex_neg__');
export const KEY_QUESTION = hashString('__question__');
/**
 * Length feature: 0.1 per word of the clause. Reviews that are positive use more words whose
 * weights are mildly positive, so without it the intercept absorbs a per-word drift and short
 * clauses are pushed towards negative; with it the intercept is the score of an empty text.
 */
export const KEY_LENGTH = hashString('__length__');

export interface FeatureConfig {
  wordBigrams: boolean;
  charBigrams: boolean;
  /** Word tokens a negation marks in Chinese; English marks until the clause ends. */
  negScopeHan: number;
  lexicon: boolean;
  /** Scale of the dense lexicon features (their units are lexicon points). */
  lexiconScale: number;
  /** Topic words (ZH_TOPIC_WORDS) get no word or pair features. Absent in older model files = false. */
  neutralTopicWords?: boolean;
}

/** Growable parallel arrays; one instance is reused for every item. */
export class FeatureBuffer {
  n = 0;
  keys = new Uint32Array(512);
  values = new Float32Array(512);
  clause = new Uint16Array(512);
  kind = new Uint8Array(512);
  /** F_WORD/F_NEG_WORD: token index; F_BIGRAM: first token; F_CHAR2: char offset. */
  a = new Int32Array(512);
  /** F_BIGRAM: second token. */
  b = new Int32Array(512);

  reset(): void {
    this.n = 0;
  }

  push(key: number, value: number, clause: number, kind: number, a: number, b: number): void {
    if (this.n === this.keys.length) this.grow();
    const i = this.n++;
    this.keys[i] = key;
    this.values[i] = value;
    this.clause[i] = clause;
    this.kind[i] = kind;
    this.a[i] = a;
    this.b[i] = b;
  }

  private grow(): void {
    const size = this.keys.length * 2;
    const keys = new Uint32Array(size);
    keys.set(this.keys);
    const values = new Float32Array(size);
    values.set(this.values);
    const clause = new Uint16Array(size);
    clause.set(this.clause);
    const kind = new Uint8Array(size);
    kind.set(this.kind);
    const a = new Int32Array(size);
    a.set(this.a);
    const b = new Int32Array(size);
    b.set(this.b);
    Object.assign(this, { keys, values, clause, kind, a, b });
  }
}

export interface ClauseLexicon extends LexiconResult {
  hits: LexiconHit[];
}

/**
 * Appends the features of one clause to `buf` (values unweighted: the caller applies the
 * clause weight) and returns the lexicon result for that clause.
 */
export function clauseFeatures(
  norm: string,
  tokens: Token[],
  clause: Clause,
  clauseIndex: number,
  cues: Cues,
  cfg: FeatureConfig,
  buf: FeatureBuffer,
  hits: LexiconHit[] | null,
): LexiconResult {
  let negLeft = 0;
  let words = 0;
  let prevWord = -1;
  let prevHash = 0;
  let prevTopic = false;
  const neutralTopics = cfg.neutralTopicWords === true;
  for (let i = clause.tokStart; i < clause.tokEnd; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== WORD) continue;
    words++;
    const h = hashString(t.text, SEED_WORD);
    // A topic word adds no feature of its own, and no pair with its neighbours; it does not use
    // up a negation scope either ("没有客服回复" still negates 回复).
    const topic = neutralTopics && t.cue != null && t.cue.topic;
    if (!topic) {
      if (negLeft > 0) {
        buf.push(combineHash(h, SEED_NEG), 1, clauseIndex, F_NEG_WORD, i, -1);
        negLeft--;
      } else buf.push(h, 1, clauseIndex, F_WORD, i, -1);
    }
    if (t.cue?.negator) negLeft = t.han ? cfg.negScopeHan : 1000;
    const pair = prevWord >= 0 && !topic && !prevTopic;
    if (cfg.wordBigrams && pair) buf.push(combineHash(prevHash, h), 1, clauseIndex, F_BIGRAM, prevWord, i);
    if (cfg.charBigrams && t.han && !topic) {
      // Bigrams that cross a word boundary catch what the segmenter split apart ("不|好吃"); inside
      // a word only words of 3+ characters add anything (a 2-character word is its own bigram).
      if (pair && (tokens[prevWord] as Token).han && (tokens[prevWord] as Token).end === t.start) {
        buf.push(hashSlice(norm, t.start - 1, t.start + 1, SEED_CHAR2), 1, clauseIndex, F_CHAR2, t.start - 1, -1);
      }
      if (t.end - t.start >= 3) for (let p = t.start; p + 2 <= t.end; p++) buf.push(hashSlice(norm, p, p + 2, SEED_CHAR2), 1, clauseIndex, F_CHAR2, p, -1);
    }
    prevWord = i;
    prevHash = h;
    prevTopic = topic;
  }
  const lex = scoreLexicon(tokens, clause.tokStart, clause.tokEnd, cues, hits, {
    pos: 0,
    neg: 0,
    sarcasm: null,
  });
  if (cfg.lexicon) {
    if (lex.pos > 0) buf.push(KEY_LEX_POS, lex.pos * cfg.lexiconScale, clauseIndex, F_DENSE, -1, -1);
    if (lex.neg > 0) buf.push(KEY_LEX_NEG, lex.neg * cfg.lexiconScale, clauseIndex, F_DENSE, -1, -1);
  }
  if (clause.question) buf.push(KEY_QUESTION, 1, clauseIndex, F_DENSE, -1, -1);
  if (words > 0) buf.push(KEY_LENGTH, words * 0.1, clauseIndex, F_DENSE, -1, -1);
  return lex;
}
