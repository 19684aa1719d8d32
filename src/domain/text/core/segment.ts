// Word segmentation. Chinese runs are cut by jieba's algorithm over jieba's dictionary plus the
// CX and sentiment-cue words of segmenter-dictionary.ts (jieba-cut.ts); everything else goes
// through the Latin scanner, which keeps "couldn't" whole.

import * as jc from './jieba-cut.ts';
import * as tk from './tokens.ts';
import type { Token } from './tokens.ts';

// Copied into module constants: under tsx an imported binding is read through a getter.
const { classifyToken, tokenizeLatin } = tk;
const { cutBlock, isBlockChar, jiebaTrie } = jc;

/** Builds the dictionary now rather than on the first Chinese item (servers call this at start-up). */
export function warmUpSegmenter(): void {
  jiebaTrie();
}

function hasHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) return true;
  }
  return false;
}

function isHanUnit(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

const pieceEnds: number[] = [];

/**
 * Tokens of a normalised text. A piece of jieba's cut that starts with a Han character is one
 * Chinese word; every other stretch of text (Latin words, digits, punctuation — and mixed pieces
 * such as "4s店") goes through the Latin scanner.
 */
export function tokenize(norm: string): Token[] {
  const out: Token[] = [];
  if (!hasHan(norm)) {
    tokenizeLatin(norm, 0, norm.length, out);
    return out;
  }
  let latinStart = -1;
  let i = 0;
  while (i < norm.length) {
    let cp = norm.codePointAt(i)!;
    if (isBlockChar(cp)) {
      let j = i;
      while (j < norm.length && isBlockChar(cp)) {
        j += cp > 0xffff ? 2 : 1;
        if (j < norm.length) cp = norm.codePointAt(j)!;
      }
      pieceEnds.length = 0;
      cutBlock(norm, i, j, pieceEnds);
      let start = i;
      for (const end of pieceEnds) {
        if (isHanUnit(norm.charCodeAt(start))) {
          if (latinStart >= 0) {
            tokenizeLatin(norm, latinStart, start, out);
            latinStart = -1;
          }
          out.push(classifyToken(norm.slice(start, end), start));
        } else if (latinStart < 0) latinStart = start;
        start = end;
      }
      i = j;
    } else {
      // Outside blocks jieba cuts single characters; one in the Han range but not in a block
      // (U+4DC0–4DFF, hexagram symbols) is a "Chinese word" for the sentiment routing.
      const width = cp > 0xffff ? 2 : 1;
      if (isHanUnit(norm.charCodeAt(i))) {
        if (latinStart >= 0) {
          tokenizeLatin(norm, latinStart, i, out);
          latinStart = -1;
        }
        out.push(classifyToken(norm.slice(i, i + width), i));
      } else if (latinStart < 0) latinStart = i;
      i += width;
    }
  }
  if (latinStart >= 0) tokenizeLatin(norm, latinStart, norm.length, out);
  return out;
}

/** Words only (no punctuation, spaces or symbols), for descriptors and emerging terms. */
export function words(norm: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(norm)) if (t.kind === 0) out.push(t.text);
  return out;
}
