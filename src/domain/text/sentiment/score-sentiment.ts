// Sentiment of one item and of each of its clauses, with the words and rules behind it.
// Score = linear model (words, negation-marked words, word pairs, Chinese character pairs) plus
// lexicon features, summed per clause and weighted by the contrast/concession rules; then two
// rules the model cannot learn from its training data: a question does not assert its praise
// ("can you help?"), and a sarcasm marker next to praise turns the praise into blame ("呵呵").
// Last, the label: a two-class model's neutral band gives way when the lexicon agrees with it.

import type { Lang } from '../core/lang.ts';
import type { Token } from '../core/tokens.ts';
import * as clauseMod from './clauses.ts';
import type { Clause } from './clauses.ts';
import * as cueMod from './cues.ts';
import { isStopWord } from '../insights/terms.ts';
import * as feat from './features.ts';
import type { LexiconHit } from './lexicon-scorer.ts';
import type { SentimentModel } from './model-file.ts';
import { loadSentimentModel } from './model-store.ts';
import { TopContributors } from './top-contributors.ts';

// Hot-path imports are copied into module constants: under tsx (how the server and the bench
// run) an imported binding is read through a getter on every use.
const { splitClauses } = clauseMod;
const { attachCues, cuesFor } = cueMod;
const { clauseFeatures, FeatureBuffer, F_BIGRAM, F_CHAR2, F_DENSE, F_NEG_WORD, F_WORD } = feat;

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export interface ClauseSentiment {
  text: string;
  label: SentimentLabel;
  score: number;
}

export interface SentimentExplanation {
  /** Words that moved the score most; weight > 0 pushed towards positive. Function words
   * ("the", "的") count in the score but are not listed. */
  words: Array<{ term: string; weight: number }>;
  /** Lexicon entries found, after negation and intensifiers. */
  lexicon: Array<{ term: string; value: number; negated_by?: string; intensified_by?: string }>;
  rules: string[];
}

export interface SentimentResult {
  label: SentimentLabel;
  score: number;
  clauses: ClauseSentiment[];
  explanation: SentimentExplanation;
}

const QUESTION_DAMPING = 0.3;
/**
 * A two-class model has no neutral class: its neutral band only means "not sure". Short
 * feedback often lands there although the model and the lexicon point the same way ("客服很耐心"):
 * with at least this many lexicon points on the model's side, the label follows the model's sign.
 * One point is one mild word; chosen on zh-dev and a hand-written set of CX comments (see
 * docs/text-analytics.md, v5).
 */
const AGREEMENT_MIN_LEXICON = 1;

const buf = new FeatureBuffer();
let clauseScratch = new Float64Array(96);
let clauseLexScratch = new Float64Array(32);
// More candidates than are shown: function words are dropped from the list afterwards.
const top = new TopContributors(12);
const SHOWN_WORDS = 6;
const LABELS: SentimentLabel[] = ['negative', 'neutral', 'positive'];

function decide(z0: number, z1: number, z2: number): { label: SentimentLabel; score: number } {
  return { label: labelOf(z0, z1, z2), score: scoreOf(z0, z1, z2) };
}

function labelOf(z0: number, z1: number, z2: number): SentimentLabel {
  return LABELS[z2 >= z0 && z2 >= z1 ? 2 : z0 >= z1 ? 0 : 1] as SentimentLabel;
}

/** P(positive) − P(negative), rounded to 3 decimals. */
function scoreOf(z0: number, z1: number, z2: number): number {
  const m = Math.max(z0, z1, z2);
  const e0 = Math.exp(z0 - m);
  const e2 = Math.exp(z2 - m);
  return Math.round(((e2 - e0) / (e0 + Math.exp(z1 - m) + e2)) * 1000) / 1000;
}

const NEUTRAL: SentimentResult = {
  label: 'neutral',
  score: 0,
  clauses: [],
  explanation: { words: [], lexicon: [], rules: [] },
};

export function scoreSentiment(text: string, norm: string, tokens: Token[], lang: Lang): SentimentResult {
  if (lang === 'other') return { ...NEUTRAL, explanation: { words: [], lexicon: [], rules: ['unsupported language: neutral'] } };
  const zh = lang === 'en' ? null : loadSentimentModel('zh');
  const en = lang === 'zh' ? null : loadSentimentModel('en');
  const primary = (zh ?? en) as SentimentModel;
  const modelFor = (c: Clause): SentimentModel => (lang === 'mixed' ? ((c.han ? zh : en) as SentimentModel) : primary);
  attachCues(tokens);
  const clauses = splitClauses(tokens, primary.clauseWeights);
  const hits: LexiconHit[] = [];
  const rules: string[] = [];
  if (clauseScratch.length < clauses.length * 3) clauseScratch = new Float64Array(clauses.length * 6);
  const clauseZ = clauseScratch; // reused: allocating a typed array per item costs more than scoring it
  buf.reset();
  top.reset();
  let evidence = 0;
  let docNegativeLexicon = false;
  let docLexicon = 0;
  if (clauseLexScratch.length < clauses.length) clauseLexScratch = new Float64Array(clauses.length * 2);
  const clauseLex = clauseLexScratch;
  const sarcasm: Array<string | null> = [];
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c] as Clause;
    const model = modelFor(clause);
    const from = buf.n;
    const lex = clauseFeatures(norm, tokens, clause, c, cuesFor(clause.han), model.features, buf, hits);
    if (lex.neg > 0) docNegativeLexicon = true;
    // A question asks rather than asserts, so its lexicon words do not count as agreement.
    clauseLex[c] = clause.question ? 0 : lex.pos - lex.neg;
    docLexicon += (clauseLex[c] as number) * clause.weight;
    sarcasm.push(lex.sarcasm);
    const table = model.table;
    const weights = table.slots;
    const scale = table.scale;
    const binary = table.classes === 1;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    for (let i = from; i < buf.n; i++) {
      const at = table.find(buf.keys[i] as number);
      if (at < 0) continue;
      const v = (buf.values[i] as number) * scale;
      let w0: number;
      let w1 = 0;
      let w2: number;
      if (binary) {
        w2 = (weights[at + 1] as number) * v * 0.5;
        w0 = -w2;
      } else {
        w0 = (weights[at + 1] as number) * v;
        w1 = (weights[at + 2] as number) * v;
        w2 = (weights[at + 3] as number) * v;
      }
      a0 += w0;
      a1 += w1;
      a2 += w2;
      const polarity = (w2 - w0) * clause.weight;
      evidence += Math.abs(polarity);
      if (buf.kind[i] !== F_DENSE) top.offer(polarity, i);
    }
    clauseZ[c * 3] = a0;
    clauseZ[c * 3 + 1] = a1;
    clauseZ[c * 3 + 2] = a2;
  }
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c] as Clause;
    const polarity = (clauseZ[c * 3 + 2] as number) - (clauseZ[c * 3] as number);
    // A marker reaches its own clause and the next one ("呵呵，真是太快了").
    const cue = sarcasm[c] ?? (c > 0 ? sarcasm[c - 1] : null);
    if (cue && polarity > 0 && docNegativeLexicon) {
      const t = clauseZ[c * 3] as number;
      clauseZ[c * 3] = clauseZ[c * 3 + 2] as number;
      clauseZ[c * 3 + 2] = t;
      rules.push(`sarcasm: "${cue}" with complaints nearby, praise in "${text.slice(clause.start, clause.end)}" read as blame`);
    } else if (clause.question && polarity > 0) {
      for (let k = 0; k < 3; k++) clauseZ[c * 3 + k] = (clauseZ[c * 3 + k] as number) * QUESTION_DAMPING;
      rules.push(`question: praise in "${text.slice(clause.start, clause.end)}" is asked, not asserted (×${QUESTION_DAMPING})`);
    }
    if (clause.contrast) rules.push(`contrast: "${clause.contrast}" — the clause after it weighs ×${primary.clauseWeights.after}, earlier clauses ×${primary.clauseWeights.before}`);
    if (clause.concession) rules.push(`concession: "${clause.concession}" — this clause weighs ×${primary.clauseWeights.before}`);
  }
  const binary = primary.table.classes === 1;
  let z0 = primary.bias[0];
  let z1 = primary.bias[1];
  let z2 = primary.bias[2];
  const out: ClauseSentiment[] = [];
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c] as Clause;
    const clauseModel = modelFor(clause);
    const b = clauseModel.bias;
    const a0 = clauseZ[c * 3] as number;
    const a1 = clauseZ[c * 3 + 1] as number;
    const a2 = clauseZ[c * 3 + 2] as number;
    z0 += a0 * clause.weight;
    z1 += a1 * clause.weight;
    z2 += a2 * clause.weight;
    const c0 = b[0] + a0;
    const c1 = b[1] + a1;
    const c2 = b[2] + a2;
    const score = scoreOf(c0, c1, c2);
    out.push({ text: text.slice(clause.start, clause.end), label: agreedLabel(labelOf(c0, c1, c2), score, clauseLex[c] as number, clauseModel.table.classes === 1), score });
  }
  let verdict = decide(z0, z1, z2);
  if (evidence < primary.minEvidence) {
    verdict = { label: 'neutral', score: Math.round(verdict.score * 0.5 * 1000) / 1000 };
    rules.push(`little evidence (${evidence.toFixed(2)} < ${primary.minEvidence}): neutral`);
  }
  const label = agreedLabel(verdict.label, verdict.score, docLexicon, binary && evidence >= primary.minEvidence);
  if (label !== verdict.label) rules.push(`model and lexicon agree (lexicon ${docLexicon > 0 ? '+' : ''}${docLexicon.toFixed(1)}): ${label}, not neutral`);
  return { label, score: verdict.score, clauses: out, explanation: explain(text, tokens, hits, rules) };
}

/** The neutral band of a two-class model gives way when the lexicon agrees with the model's sign. */
function agreedLabel(label: SentimentLabel, score: number, lexicon: number, applies: boolean): SentimentLabel {
  if (!applies || label !== 'neutral' || score === 0 || Math.abs(lexicon) < AGREEMENT_MIN_LEXICON) return label;
  if (Math.sign(lexicon) !== Math.sign(score)) return label;
  return score > 0 ? 'positive' : 'negative';
}

function termOf(text: string, tokens: Token[], i: number): string {
  const kind = buf.kind[i] as number;
  const a = buf.a[i] as number;
  if (kind === F_CHAR2) return text.slice(a, a + 2);
  const ta = tokens[a] as Token;
  if (kind === F_BIGRAM) {
    const tb = tokens[buf.b[i] as number] as Token;
    return text.slice(ta.start, tb.end);
  }
  const word = text.slice(ta.start, ta.end);
  return kind === F_NEG_WORD ? `NOT ${word}` : word;
}

function explain(text: string, tokens: Token[], hits: LexiconHit[], rules: string[]): SentimentExplanation {
  const words: Array<{ term: string; weight: number }> = [];
  const seen = new Set<string>();
  for (let j = 0; j < top.n && words.length < SHOWN_WORDS; j++) {
    const i = top.index[j] as number;
    if (buf.kind[i] === F_WORD && isStopWord((tokens[buf.a[i] as number] as Token).text)) continue;
    const term = termOf(text, tokens, i);
    if (seen.has(term)) continue;
    seen.add(term);
    words.push({ term, weight: Math.round((top.value[j] as number) * 1000) / 1000 });
  }
  const lexicon = hits.map((h) => {
    const t = tokens[h.tok] as Token;
    const entry: SentimentExplanation['lexicon'][number] = { term: text.slice(t.start, t.start + h.term.length), value: Math.round(h.value * 100) / 100 };
    if (h.negator) entry.negated_by = h.negator;
    if (h.intensifier) entry.intensified_by = h.intensifier;
    return entry;
  });
  return { words, lexicon, rules };
}
