// The TypeScript cut must give exactly the tokens that @node-rs/jieba's native cut gave: the
// shipped sentiment model was trained on them. Compared on the demo dataset's texts and on random
// strings built from dictionary words (where segmentation is ambiguous), characters of every
// class jieba treats differently, astral Han, emoji and stray surrogates.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { nativeTokenize } from './support/native-jieba-tokenize.ts';
import { generateDemoDataset } from '../src/domain/demo/generate-demo-dataset.ts';
import { CX_WORDS } from '../src/domain/text/core/cx-dictionary.ts';
import { normalizeText } from '../src/domain/text/core/normalize.ts';
import { mulberry32 } from '../src/domain/text/core/prng.ts';
import { tokenize } from '../src/domain/text/core/segment.ts';
import type { Token } from '../src/domain/text/core/tokens.ts';

const describeTokens = (tokens: Token[]): string[] => tokens.map((t) => `${t.text}@${t.start}-${t.end}/${t.kind}${t.han ? 'h' : ''}`);

function expectSameTokens(texts: string[]): void {
  const differing = texts.filter((t) => describeTokens(tokenize(t)).join(' ') !== describeTokens(nativeTokenize(t)).join(' '));
  // Show the first difference in full when there is one.
  if (differing[0] !== undefined) expect(describeTokens(tokenize(differing[0]))).toEqual(describeTokens(nativeTokenize(differing[0])));
  expect(differing).toEqual([]);
}

const dictionaryWords = (): string[] => {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[0] ?? '')
    .filter(Boolean);
};

describe('cutBlock (jieba in TypeScript)', () => {
  it('gives the native tokens on the demo feedback texts', () => {
    const texts = generateDemoDataset({ now: new Date('2026-01-01T00:00:00Z'), seed: 7, feedbackCount: 1500 }).feedback.map((f) => normalizeText(f.text ?? ''));
    expect(texts.filter((t) => /[\u4e00-\u9fff]/.test(t)).length).toBeGreaterThan(300);
    expectSameTokens(texts);
  });

  it('gives the native tokens on random strings of dictionary words and odd characters', () => {
    const rand = mulberry32(20261123);
    const words = dictionaryWords();
    const odd = ['4s店', 'c++', 'at&t', '3.5', '%', '-', '_', '#', '&', '+', '.', ' ', '\n', '\r\n', '\t', '\u3000', '\u00a0', '，', '。', '！', '?', '䷀', '𠀀', '𪜀', '豈', 'ㄅ', '😀', '\ud800', '\udc00', 'abc', '12', 'ok'];
    const texts: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      let s = '';
      const parts = 1 + Math.floor(rand() * 10);
      for (let i = 0; i < parts; i++) {
        const r = rand();
        if (r < 0.55) s += words[Math.floor(rand() * words.length)];
        else if (r < 0.7) s += CX_WORDS[Math.floor(rand() * CX_WORDS.length)];
        else if (r < 0.85) s += String.fromCharCode(0x3400 + Math.floor(rand() * (0xa000 - 0x3400)));
        else s += odd[Math.floor(rand() * odd.length)];
      }
      texts.push(rand() < 0.5 ? normalizeText(s) : s);
    }
    expectSameTokens(texts);
  });
});
