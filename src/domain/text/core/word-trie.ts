// jieba's dictionary as a trie over UTF-16 code units, for the segmenter in jieba-segmenter.ts.
// Children live in one open-addressing hash table keyed by (node, code unit), in typed arrays:
// 350,000 words become ~1 M nodes without a million small objects for the garbage collector.
// Each node that ends a word carries the word's cost ln(freq) − ln(total) (jieba's edge weight).

const ROOT = 0;

export interface WordTrie {
  /** Child of the root for a code unit (−1: none). A direct table: most walks start here. */
  readonly rootChild: Int32Array;
  /**
   * Hash slots, three numbers each: parent node (−1 = empty slot), code unit, child node. One
   * array, so a probe touches one cache line. Linear probing; `mask` = number of slots − 1.
   */
  readonly slots: Int32Array;
  readonly mask: number;
  /** ln(freq) − ln(total) for a node that ends a word; NaN for a node that only prefixes words. */
  readonly cost: Float64Array;
  /** ln(total): a character that starts no word costs −logTotal (jieba counts it as freq 1). */
  readonly logTotal: number;
  readonly words: number;
}

/** First hash slot of (node, code unit); probe onwards with (slot + 1) & mask. */
export function firstSlot(node: number, c: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c + 1, 0x85ebca77)) & mask;
}

/** The child of a non-root `node` for code unit `c`, or −1. */
export function childOf(trie: WordTrie, node: number, c: number): number {
  const { slots, mask } = trie;
  for (let slot = firstSlot(node, c, mask); ; slot = (slot + 1) & mask) {
    const parent = slots[slot * 3];
    if (parent === -1) return -1;
    if (parent === node && slots[slot * 3 + 1] === c) return slots[slot * 3 + 2] as number;
  }
}

/**
 * Builds the trie from dictionaries in jieba's text format ("word freq [tag]" per line), later
 * ones overriding the frequency of words already present — jieba's `loadDict` semantics. The
 * total is the sum of the final frequencies of all words, as jieba computes it.
 */
export function buildWordTrie(dictionaries: string[]): WordTrie {
  let chars = 0;
  for (const text of dictionaries) forEachEntry(text, (from, to) => void (chars += to - from));
  const capacity = 1 << Math.ceil(Math.log2(chars * 1.5 + 1024));
  const mask = capacity - 1;
  const slots = new Int32Array(capacity * 3).fill(-1);
  const rootChild = new Int32Array(0x10000).fill(-1);
  const freq = new Float64Array(chars + 1).fill(-1); // −1: not (yet) a word
  let nodes = 1;
  let words = 0;

  const partial = { rootChild, slots, mask, cost: freq, logTotal: 0, words: 0 };
  for (const text of dictionaries) {
    forEachEntry(text, (from, to, f) => {
      let node = ROOT;
      for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        let next = node === ROOT ? (rootChild[c] as number) : childOf(partial, node, c);
        if (next < 0) {
          next = nodes++;
          if (node === ROOT) rootChild[c] = next;
          else {
            let slot = firstSlot(node, c, mask);
            while (slots[slot * 3] !== -1) slot = (slot + 1) & mask;
            slots[slot * 3] = node;
            slots[slot * 3 + 1] = c;
            slots[slot * 3 + 2] = next;
          }
        }
        node = next;
      }
      if (freq[node] === -1) words++;
      freq[node] = f;
    });
  }

  let total = 0;
  for (let n = 0; n < nodes; n++) if ((freq[n] as number) >= 0) total += freq[n] as number;
  const logTotal = Math.log(total);
  // jieba: (freq as f64).ln() - logtotal; a frequency of 0 gives −∞ (the word is in the DAG but
  // loses to anything else). The frequencies become costs in place.
  const cost = freq;
  for (let n = 0; n < nodes; n++) cost[n] = (freq[n] as number) >= 0 ? Math.log(freq[n] as number) - logTotal : Number.NaN;
  return { rootChild, slots, mask, cost, logTotal, words };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0b || c === 0x0c;
}

/** Calls `entry(wordFrom, wordTo, freq)` for every line that has a word (freq 0 when absent). */
export function forEachEntry(text: string, entry: (from: number, to: number, freq: number) => void): void {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lineStart = i;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const from = i;
    while (i < n && text.charCodeAt(i) !== 0x0a && !isSpace(text.charCodeAt(i))) i++;
    const to = i;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    let freq = 0;
    const digitsFrom = i;
    while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) freq = freq * 10 + (text.charCodeAt(i++) - 0x30);
    const fieldEnd = i;
    while (i < n && text.charCodeAt(i) !== 0x0a) i++;
    if (fieldEnd < n && text.charCodeAt(fieldEnd) !== 0x0a && !isSpace(text.charCodeAt(fieldEnd))) {
      throw new Error(`dictionary line "${text.slice(lineStart, i)}": the frequency is not a whole number`);
    }
    if (to > from) entry(from, to, digitsFrom === fieldEnd ? 0 : freq);
    i++;
  }
}
