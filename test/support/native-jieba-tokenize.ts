// The segmentation OpenVoC used before jieba-cut.ts: @node-rs/jieba's native `cut` (HMM off) over
// the same dictionaries, its pieces classified exactly as src/domain/text/core/segment.ts does.
// Kept as the reference that the TypeScript cut must reproduce token for token.

import { createRequire } from 'node:module';
import { segmenterDictionary } from '../../src/domain/text/segmenter-dictionary.ts';
import { classifyToken, tokenizeLatin, type Token } from '../../src/domain/text/core/tokens.ts';

interface NativeJieba {
  cut(sentence: string, hmm?: boolean | null): string[];
}

let jieba: NativeJieba | null = null;

export function nativeJieba(): NativeJieba {
  if (jieba) return jieba;
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): NativeJieba & { loadDict(d: Uint8Array): void } } };
  const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
  const instance = Jieba.withDict(dict);
  instance.loadDict(Buffer.from(segmenterDictionary(), 'utf8'));
  jieba = instance;
  return instance;
}

export function nativeTokenize(norm: string): Token[] {
  const out: Token[] = [];
  if (!/[\u3400-\u9fff]/.test(norm)) {
    tokenizeLatin(norm, 0, norm.length, out);
    return out;
  }
  let pos = 0;
  let latinStart = -1;
  for (const piece of nativeJieba().cut(norm, false)) {
    const c = piece.charCodeAt(0);
    if (c >= 0x3400 && c <= 0x9fff) {
      if (latinStart >= 0) {
        tokenizeLatin(norm, latinStart, pos, out);
        latinStart = -1;
      }
      out.push(classifyToken(piece, pos));
    } else if (latinStart < 0) latinStart = pos;
    pos += piece.length;
  }
  if (latinStart >= 0) tokenizeLatin(norm, latinStart, pos, out);
  return out;
}
