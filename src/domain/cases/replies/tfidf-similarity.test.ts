import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../text/index.ts';
import { mostSimilar } from './tfidf-similarity.ts';

const corpus = (texts: Record<string, string>) => Object.entries(texts).map(([key, text]) => ({ key, terms: searchTerms(text) }));

describe('mostSimilar (TF-IDF cosine)', () => {
  it('finds the Chinese complaint about the same problem and explains it by the shared rare terms', () => {
    const documents = corpus({
      refund: '退款申请提交了两周还没有到账，客服也不回复',
      delivery: '快递太慢了，包裹一直没有送到',
      staff: '门店店员态度很差',
    });
    const [best, ...rest] = mostSimilar(searchTerms('我的退款一直没有到账'), documents, 3);
    expect(best).toMatchObject({ key: 'refund' });
    expect(best!.sharedTerms).toContain('退款');
    // Stop words never explain a match.
    expect(best!.sharedTerms).not.toContain('的');
    expect(best!.similarity).toBeGreaterThan(0);
    expect(best!.similarity).toBeLessThanOrEqual(1);
    expect(rest.every((match) => match.similarity < best!.similarity)).toBe(true);
  });

  it('works in English, ignores stop words and numbers, and leaves out documents sharing nothing', () => {
    const documents = corpus({
      refund: 'The refund for order 123456 never arrived in my account',
      app: 'The app crashes when I open the basket',
      store: 'Friendly staff in the store',
    });
    const matches = mostSimilar(searchTerms('Still waiting for my refund of order 123456'), documents, 3);
    expect(matches.map((match) => match.key)).toEqual(['refund']);
    expect(matches[0]!.sharedTerms).toContain('refund');
    expect(matches[0]!.sharedTerms).not.toContain('123456');
    expect(matches[0]!.sharedTerms).not.toContain('the');
  });

  it('weights rare terms above common ones', () => {
    const documents = [
      { key: 'common', terms: ['delivery', 'late'] },
      { key: 'rare', terms: ['delivery', 'broken'] },
      { key: 'other1', terms: ['late', 'slow'] },
      { key: 'other2', terms: ['late', 'queue'] },
    ];
    const matches = mostSimilar(['late', 'broken'], documents, 2);
    expect(matches[0]).toMatchObject({ key: 'rare', sharedTerms: ['broken'] });
  });

  it('returns nothing for an empty query or collection, and identical documents score 1', () => {
    expect(mostSimilar([], corpus({ a: '退款' }), 3)).toEqual([]);
    expect(mostSimilar(['退款'], [], 3)).toEqual([]);
    expect(mostSimilar(['退款', '到账'], [{ key: 'same', terms: ['到账', '退款'] }], 1)[0]!.similarity).toBe(1);
  });
});
