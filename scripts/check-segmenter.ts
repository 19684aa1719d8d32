// Compares OpenVoC's TypeScript jieba cut (src/domain/text/core/jieba-cut.ts) with @node-rs/jieba's
// native cut, token for token, on every training and dev text of ../shared/data (the texts the
// sentiment model was trained and selected on). Run it after upgrading @node-rs/jieba or editing
// the segmenter dictionary: `npm run check:segmenter`. Exits 1 on any difference.

import { readJsonl } from './lib/jsonl.ts';
import { normalizeText } from '../src/domain/text/core/normalize.ts';
import { tokenize } from '../src/domain/text/core/segment.ts';
import type { Token } from '../src/domain/text/core/tokens.ts';
import { nativeTokenize } from '../test/support/native-jieba-tokenize.ts';

const FILES = ['sentiment/zh-train.jsonl', 'sentiment/zh-dev.jsonl', 'sentiment/en-train.jsonl', 'sentiment/en-dev.jsonl', 'themes/zh-car-reviews-train.jsonl', 'themes/en-banking77-train.jsonl'];
const describeTokens = (tokens: Token[]): string => tokens.map((t) => `${t.text}@${t.start}-${t.end}/${t.kind}${t.han ? 'h' : ''}`).join(' ');

let texts = 0;
let differing = 0;
for (const file of FILES) {
  for (const item of readJsonl(file)) {
    const norm = normalizeText(item.text);
    const ours = describeTokens(tokenize(norm));
    const native = describeTokens(nativeTokenize(norm));
    texts++;
    if (ours !== native) {
      differing++;
      if (differing <= 5) process.stderr.write(`${file} ${item.id}:\n  ours   ${ours}\n  native ${native}\n`);
    }
  }
}
process.stdout.write(`${JSON.stringify({ texts, differing })}\n`);
process.exit(differing === 0 ? 0 : 1);
