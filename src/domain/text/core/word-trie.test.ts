import { describe, expect, it } from 'vitest';
import { buildWordTrie } from './word-trie.ts';

describe('buildWordTrie', () => {
  it('lets a later dictionary override a frequency and counts the total over final frequencies', () => {
    const trie = buildWordTrie(['门店 10 n\n退货 30\n', '门店 60\n线上']);
    expect(trie.words).toBe(3);
    expect(Math.exp(trie.logTotal)).toBeCloseTo(90, 6); // 60 + 30 + 0
    const node = trie.rootChild['门'.charCodeAt(0)] as number;
    expect(Number.isNaN(trie.cost[node] as number)).toBe(true); // 门 alone is only a prefix
  });

  it('rejects a frequency that is not a whole number, naming the line', () => {
    expect(() => buildWordTrie(['门店 ten n'])).toThrow(/门店 ten n/);
  });
});
