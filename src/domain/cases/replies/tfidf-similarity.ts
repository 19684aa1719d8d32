// Which documents resemble a query: TF-IDF over the text engine's terms, compared by cosine. Terms are
// sets (a complaint says "refund" once or five times, it is about refunds), weighted by how rare they
// are in the collection, so "退款" or "refund" counts and "the" or "的" hardly does. The shared terms
// with the most weight explain each match.
import { isStopWord } from '../../text/index.ts';

export interface SimilarDocument<K> {
  key: K;
  similarity: number;
  sharedTerms: string[];
}

// Stop words, lone Latin letters and bare numbers (order ids, amounts) say nothing about what happened.
function usable(term: string): boolean {
  return !isStopWord(term) && !/^[\d.,:/-]+$/.test(term) && !(term.length === 1 && term.charCodeAt(0) < 0x80);
}

/** The `limit` documents most similar to the query (similarity > 0), best first, with up to `explain` shared terms each. */
export function mostSimilar<K>(queryTerms: string[], documents: Array<{ key: K; terms: string[] }>, limit: number, explain = 5): Array<SimilarDocument<K>> {
  const query = new Set(queryTerms.filter(usable));
  if (query.size === 0 || documents.length === 0) return [];
  const docs = documents.map((document) => ({ key: document.key, terms: new Set(document.terms.filter(usable)) }));
  // Document frequency over the collection and the query, smoothed so that no weight is zero or infinite.
  const frequency = new Map<string, number>();
  for (const terms of [query, ...docs.map((doc) => doc.terms)]) for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const count = docs.length + 1;
  const idf = (term: string) => Math.log((count + 1) / ((frequency.get(term) ?? 0) + 1)) + 1;
  const norm = (terms: Set<string>) => Math.sqrt([...terms].reduce((sum, term) => sum + idf(term) ** 2, 0));
  const queryNorm = norm(query);
  const scored: Array<SimilarDocument<K>> = [];
  for (const doc of docs) {
    const shared = [...query].filter((term) => doc.terms.has(term));
    if (shared.length === 0) continue;
    const dot = shared.reduce((sum, term) => sum + idf(term) ** 2, 0);
    const similarity = dot / (queryNorm * norm(doc.terms));
    // Rarest first; among equally rare terms the longer ("退款" before "账") explains better.
    const sharedTerms = shared.sort((a, b) => idf(b) - idf(a) || b.length - a.length || a.localeCompare(b)).slice(0, explain);
    scored.push({ key: doc.key, similarity: Math.round(similarity * 1000) / 1000, sharedTerms });
  }
  return scored.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
}
