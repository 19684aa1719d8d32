// From a normalised text to clauses and features: the single code path shared by training and
// inference.

import type { Token } from '../core/tokens.ts';
import { splitClauses, type Clause, type ClauseWeights } from './clauses.ts';
import { attachCues, cuesFor } from './cues.ts';
import { clauseFeatures, type FeatureBuffer, type FeatureConfig } from './features.ts';
import type { LexiconHit, LexiconResult } from './lexicon-scorer.ts';

export interface DocumentFeatures {
  clauses: Clause[];
  lexicon: LexiconResult[];
  hits: LexiconHit[];
}

/**
 * Fills `buf` with the features of all clauses whose script matches `han` (or all clauses when
 * `han` is null). Feature values are 1 here; callers multiply by clause weights.
 */
export function documentFeatures(
  norm: string,
  tokens: Token[],
  weights: ClauseWeights,
  cfg: FeatureConfig,
  buf: FeatureBuffer,
  collectHits: boolean,
): DocumentFeatures {
  attachCues(tokens);
  const clauses = splitClauses(tokens, weights);
  const hits: LexiconHit[] = [];
  const lexicon: LexiconResult[] = [];
  buf.reset();
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c] as Clause;
    lexicon.push(clauseFeatures(norm, tokens, clause, c, cuesFor(clause.han), cfg, buf, collectHits ? hits : null));
  }
  return { clauses, lexicon, hits };
}
