// Compares OpenVoC's TypeScript jieba cut (src/domain/text/core/jieba-cut.ts) with @node-rs/jieba's
// native cut, token for token, on every training and dev text of ../shared/data (the texts the
// sentiment model was trained and selected on). Run it after upgrading @node-rs/jieba or editing
// the segmenter dictionary: `npm run check:segmenter`. Exits 1 on any real difference.
//
// An exact tie is reported but is not a failure: when two cuts have the same number of pieces and
// the same product of word frequencies, jieba's route scores are equal in exact arithmetic and the
// winner is decided by the last bit of ln(). V8's Math.log is not always correctly rounded
// (Math.log(2799) is one ulp below glibc's log, which the native build uses), so such ties can
// fall either way, and whether one does changes with any edit of the dictionary (its total).

import { readJsonl } from './lib/jsonl.ts';
import { jiebaDictionaries } from '../src/domain/text/core/jieba-cut.ts';
import { forEachEntry } from '../src/domain/text/core/word-trie.ts';
import { normalizeText } from '../src/domain/text/core/normalize.ts';
import { tokenize } from '../src/domain/text/core/segment.ts';
import type { Token } from '../src/domain/text/core/tokens.ts';
import { nativeTokenize } from '../test/support/native-jieba-tokenize.ts';

const FILES = ['sentiment/zh-train.jsonl', 'sentiment/zh-dev.jsonl', 'sentiment/en-train.jsonl', 'sentiment/en-dev.jsonl', 'themes/zh-car-reviews-train.jsonl', 'themes/en-banking77-train.jsonl'];
const describeTokens = (tokens: Token[]): string => tokens.map((t) => `${t.text}@${t.start}-${t.end}/${t.kind}${t.han ? 'h' : ''}`).join(' ');

// Word frequencies exactly as the trie reads them (later dictionaries override earlier ones).
const freq = new Map<string, bigint>();
for (const text of jiebaDictionaries()) forEachEntry(text, (from, to, f) => freq.set(text.slice(from, to), BigInt(f)));
/** Piece count and product of frequencies of the Han pieces: equal for both cuts = an exact tie. */
const routeKey = (tokens: Token[]): string => {
  let product = 1n;
  let pieces = 0;
  for (const t of tokens) {
    if (!t.han) continue;
    product *= freq.get(t.text) ?? 1n;
    pieces++;
  }
  return `${pieces}:${product}`;
};

let texts = 0;
let differing = 0;
let ties = 0;
for (const file of FILES) {
  for (const item of readJsonl(file)) {
    const norm = normalizeText(item.text);
    const oursTokens = tokenize(norm);
    const nativeTokens = nativeTokenize(norm);
    const ours = describeTokens(oursTokens);
    const native = describeTokens(nativeTokens);
    texts++;
    if (ours === native) continue;
    const tie = routeKey(oursTokens) === routeKey(nativeTokens);
    if (tie) ties++;
    else differing++;
    if (ties + differing <= 5) process.stderr.write(`${file} ${item.id}${tie ? ' (exact tie)' : ''}:\n  ours   ${ours}\n  native ${native}\n`);
  }
}
process.stdout.write(`${JSON.stringify({ texts, differing, exact_ties: ties })}\n`);
process.exit(differing === 0 ? 0 : 1);
