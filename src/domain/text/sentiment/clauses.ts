// Clause splitting and clause weights. Punctuation ends a clause, and so does a contrast marker
// ("但是", "不过", "but"): in "价格便宜，但是质量很差" the verdict is the part after the marker,
// so earlier clauses are down-weighted and the contrast clause up-weighted. A concession clause
// ("虽然 …", "although …") is discounted the same way. The weights are part of the trained
// model (training sees the same weighting), not an after-thought applied at inference only.

import * as tk from '../core/tokens.ts';
import type { Token } from '../core/tokens.ts';

// Copied into module constants: under tsx an imported binding is read through a getter.
const { PUNCT, SPACE, WORD } = tk;

export interface ClauseWeights {
  /** Multiplier for clauses before a contrast marker (and for a concession clause). */
  before: number;
  /** Multiplier for the clause that starts with a contrast marker. */
  after: number;
}

export interface Clause {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  /** Written mostly in Han characters: scored by the Chinese model. */
  han: boolean;
  weight: number;
  question: boolean;
  contrast: string | null;
  concession: string | null;
}

function firstWord(tokens: Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) if ((tokens[i] as Token).kind === WORD) return i;
  return -1;
}

/** Appends the clause tokens[from, to) when it has a word (a closure here would be re-created per item). */
function closeClause(clauses: Clause[], tokens: Token[], from: number, to: number, question: boolean): void {
  let words = 0;
  let hanChars = 0;
  let latinChars = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== WORD) continue;
    words++;
    if (t.han) hanChars += (t.end - t.start) * 3;
    else latinChars += t.end - t.start;
  }
  if (words === 0) return;
  clauses.push({
    tokStart: from,
    tokEnd: to,
    start: (tokens[from] as Token).start,
    end: (tokens[to - 1] as Token).end,
    han: hanChars >= latinChars,
    weight: 1,
    question,
    contrast: null,
    concession: null,
  });
}

/** Splits tokens (with cues attached, see attachCues) into weighted clauses. */
export function splitClauses(tokens: Token[], weights: ClauseWeights): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const kind = t.kind;
    if (kind === PUNCT) {
      closeClause(clauses, tokens, from, i, t.text === '?' || t.text === '？');
      from = i + 1;
    } else if (kind === SPACE) {
      // Chinese reviews often separate clauses with a space: "质量很好 物流也快".
      if (i > 0 && (tokens[i - 1] as Token).han && i + 1 < tokens.length && (tokens[i + 1] as Token).han) {
        closeClause(clauses, tokens, from, i, false);
        from = i + 1;
      }
    } else if (kind === WORD && i > from && t.cue !== null && t.cue.contrast === 2) {
      closeClause(clauses, tokens, from, i, false);
      from = i;
    }
  }
  closeClause(clauses, tokens, from, tokens.length, false);
  annotate(clauses, tokens, weights);
  return clauses;
}

function annotate(clauses: Clause[], tokens: Token[], w: ClauseWeights): void {
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c] as Clause;
    const head = firstWord(tokens, clause.tokStart, clause.tokEnd);
    const headToken = head >= 0 ? (tokens[head] as Token) : null;
    // Weak markers ("就是", "只是") usually introduce a minor caveat, not the verdict
    // ("房间不错，就是早餐一般" is a positive review), so only strong markers re-weight.
    if (headToken?.cue?.contrast === 2) {
      clause.contrast = headToken.text;
      clause.weight *= w.after;
      for (let p = 0; p < c; p++) (clauses[p] as Clause).weight *= w.before;
    }
    for (let i = clause.tokStart; i < clause.tokEnd; i++) {
      const cue = (tokens[i] as Token).cue;
      if (!cue) continue;
      if (cue.concession && (i === head || clause.han) && clause.concession === null) {
        clause.concession = (tokens[i] as Token).text;
        clause.weight *= w.before;
      }
      if (cue.question) clause.question = true;
    }
  }
}
