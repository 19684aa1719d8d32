// jieba's word segmentation (`cut` with HMM off), in TypeScript, over jieba's own dictionary
// (@node-rs/jieba's dict.txt) plus the CX and cue words of segmenter-dictionary.ts.
//
// Why not call @node-rs/jieba: for a 100-character review the native call cost ~18 µs, most of
// it building ~70 JavaScript strings across the native boundary — more than the segmentation
// itself. Here pieces are offsets into the text and only Chinese words become strings. The
// algorithm is jieba's, step for step (see jieba-rs `cut_dag_no_hmm`), and
// test/jieba-cut-equivalence.test.ts proves the tokens equal @node-rs/jieba's on every training
// and dev text and on random strings.
//
//  1. The text splits into blocks of Han characters, ASCII letters and digits and `+#&._%-`.
//  2. In a block, every dictionary word starting at a position is an edge of a DAG, weighted
//     ln(freq) − ln(total); with no word, the single character is the edge (freq 1).
//  3. The route maximises the summed weight from the end backwards (ties: the longer word).
//  4. Single ASCII letters/digits on the route merge into one piece ("abc", "3").

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { segmenterDictionary } from '../segmenter-dictionary.ts';
import * as wt from './word-trie.ts';
import type { WordTrie } from './word-trie.ts';

// Copied into module constants: under tsx an imported binding is read through a getter.
const { buildWordTrie, firstSlot } = wt;

let trie: WordTrie | null = null;

/** The dictionaries the trie is built from, in jieba's text format, later ones overriding. */
export function jiebaDictionaries(): string[] {
  const require = createRequire(import.meta.url);
  return [readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8'), segmenterDictionary()];
}

/** jieba's dictionary trie; built on first use (~0.3 s), then shared. */
export function jiebaTrie(): WordTrie {
  trie ??= buildWordTrie(jiebaDictionaries());
  return trie;
}

/** True when the code point belongs in a jieba block (its RE_HAN_DEFAULT class). */
export function isBlockChar(cp: number): boolean {
  if (cp < 0x80) {
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x2b || cp === 0x23 || cp === 0x26 || cp === 0x2e || cp === 0x5f || cp === 0x25 || cp === 0x2d;
  }
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x2a6df) ||
    (cp >= 0x2a700 && cp <= 0x2ebef) ||
    (cp >= 0x2f800 && cp <= 0x2fa1f)
  );
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

// Route of the block being cut, indexed by offset from the block start; reused between calls.
let routeScore = new Float64Array(512);
let routeEnd = new Int32Array(512);

/**
 * Cuts the block s[from, to) into pieces and appends each piece's end offset to `ends` (pieces
 * are contiguous: the first starts at `from`).
 */
export function cutBlock(s: string, from: number, to: number, ends: number[]): void {
  const { rootChild, slots, mask, cost, logTotal } = jiebaTrie();
  const len = to - from;
  if (routeScore.length <= len) {
    routeScore = new Float64Array(len * 2 + 1);
    routeEnd = new Int32Array(len * 2 + 1);
  }
  routeScore[len] = 0;
  for (let k = to - 1; k >= from; k--) {
    const c = s.charCodeAt(k);
    // The second half of a surrogate pair is no start of its own (jieba walks code points).
    if (c >= 0xdc00 && c <= 0xdfff && k > from) {
      const h = s.charCodeAt(k - 1);
      if (h >= 0xd800 && h <= 0xdbff) continue;
    }
    let best = 0;
    let bestEnd = -1;
    let node = rootChild[c] as number;
    let j = k;
    while (node >= 0) {
      j++;
      const w = cost[node] as number;
      // jieba takes the maximum of (score, end) pairs: an equal score goes to the longer word.
      if (w === w) {
        const score = w + (routeScore[j - from] as number);
        if (bestEnd < 0 || score >= best) {
          best = score;
          bestEnd = j;
        }
      }
      if (j >= to) break;
      const d = s.charCodeAt(j);
      // Inlined childOf(): this loop is the segmenter's hot spot.
      for (let slot = firstSlot(node, d, mask); ; slot = (slot + 1) & mask) {
        const parent = slots[slot * 3];
        if (parent === -1) {
          node = -1;
          break;
        }
        if (parent === node && slots[slot * 3 + 1] === d) {
          node = slots[slot * 3 + 2] as number;
          break;
        }
      }
    }
    if (bestEnd < 0) {
      bestEnd = c >= 0xd800 && c <= 0xdbff && k + 1 < to ? k + 2 : k + 1;
      best = 0 - logTotal + (routeScore[bestEnd - from] as number); // ln(1) − ln(total) + …
    }
    routeScore[k - from] = best;
    routeEnd[k - from] = bestEnd;
  }

  let x = from;
  let left = -1;
  while (x < to) {
    const y = routeEnd[x - from] as number;
    if (y - x === 1 && isAsciiAlnum(s.charCodeAt(x))) {
      if (left < 0) left = x;
    } else {
      if (left >= 0) {
        ends.push(x);
        left = -1;
      }
      ends.push(y);
    }
    x = y;
  }
  if (left >= 0) ends.push(to);
}
