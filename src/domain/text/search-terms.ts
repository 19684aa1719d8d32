// The words of a text as full-text search indexes them: normalised, segmented by the same jieba
// dictionary as analysis (so "退货" in a query finds "申请的退货"), numbers kept (order ids,
// amounts), punctuation and symbols dropped. Used for the stored search vector and for queries.
import { normalizeText } from './core/normalize.ts';
import { tokenize } from './core/segment.ts';
import { NUM, WORD } from './core/tokens.ts';

const MAX_TERMS = 4000;

export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const token of tokenize(normalizeText(text))) {
    if (token.kind !== WORD && token.kind !== NUM) continue;
    terms.add(token.text);
    if (terms.size >= MAX_TERMS) break;
  }
  return [...terms];
}
