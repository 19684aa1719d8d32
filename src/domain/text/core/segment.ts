// Word segmentation. Chinese runs go through jieba (@node-rs/jieba, default dictionary plus the
// CX and sentiment-cue words of segmenter-dictionary.ts); everything else goes through the Latin scanner, which keeps "couldn't" whole.
// jieba needs ~200 ms to load its dictionary, so it is created on first use only.

import { createRequire } from 'node:module';
import { segmenterDictionary } from '../segmenter-dictionary.ts';
import * as tk from './tokens.ts';
import type { Token } from './tokens.ts';

// Copied into module constants: under tsx an imported binding is read through a getter.
const { classifyToken, tokenizeLatin } = tk;

interface JiebaLike {
  cut(sentence: string, hmm?: boolean | null): string[];
}

let jieba: JiebaLike | null = null;

function getJieba(): JiebaLike {
  if (jieba) return jieba;
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): JiebaLike & { loadDict(d: Uint8Array): void } } };
  const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
  const instance = Jieba.withDict(dict);
  instance.loadDict(Buffer.from(segmenterDictionary(), 'utf8'));
  jieba = instance;
  return instance;
}

/** Loads jieba now rather than on the first Chinese item (servers call this at start-up). */
export function warmUpSegmenter(): void {
  getJieba();
}

function hasHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) return true;
  }
  return false;
}

/** Tokens of a normalised text; jieba is only called when the text contains Han characters. */
export function tokenize(norm: string): Token[] {
  const out: Token[] = [];
  if (!hasHan(norm)) {
    tokenizeLatin(norm, 0, norm.length, out);
    return out;
  }
  // HMM off: the HMM invents words from unknown character pairs, which is slower and makes
  // features less stable between similar texts.
  const pieces = getJieba().cut(norm, false);
  let pos = 0;
  let latinStart = -1;
  for (const piece of pieces) {
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

/** Words only (no punctuation, spaces or symbols), for descriptors and emerging terms. */
export function words(norm: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(norm)) if (t.kind === 0) out.push(t.text);
  return out;
}
