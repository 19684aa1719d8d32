import { describe, expect, it } from 'vitest';
import { detectLang } from '../core/lang.ts';
import { normalizeText } from '../core/normalize.ts';
import { tokenize } from '../core/segment.ts';
import { splitClauses } from './clauses.ts';
import { attachCues, ZH_CUES, EN_CUES } from './cues.ts';
import { scoreLexicon, type LexiconHit } from './lexicon-scorer.ts';
import { decodeModel, encodeModel } from './model-file.ts';
import { scoreSentiment } from './score-sentiment.ts';
import { hashString } from '../core/hash.ts';
import { ZH_LEXICON, ZH_TOPIC_WORDS } from './lexicon-zh.ts';

function sentiment(text: string) {
  const norm = normalizeText(text);
  return scoreSentiment(text, norm, tokenize(norm), detectLang(norm));
}

function lexicon(text: string): { pos: number; neg: number; hits: LexiconHit[] } {
  const tokens = tokenize(normalizeText(text));
  attachCues(tokens);
  const hits: LexiconHit[] = [];
  const han = tokens.some((t) => t.han);
  const r = scoreLexicon(tokens, 0, tokens.length, han ? ZH_CUES : EN_CUES, hits, { pos: 0, neg: 0, sarcasm: null });
  return { pos: r.pos, neg: r.neg, hits };
}

describe('lexicon rules', () => {
  it.each([
    ['满意', 'positive'],
    ['不满意', 'negative'],
    ['并不满意', 'negative'],
    ['不差', 'positive'],
    ['good', 'positive'],
    ['not good', 'negative'],
    ['never helpful', 'negative'],
    ["didn't disappoint", 'positive'],
    ['loooove it', 'positive'],
    ['sooo bad', 'negative'],
    ['flight again :(', 'negative'],
    ['thanks :)', 'positive'],
  ])('%s reads as %s', (text, expected) => {
    const r = lexicon(text);
    expect(r.pos > r.neg ? 'positive' : 'negative').toBe(expected);
  });

  it('records the negator and intensifier behind each hit', () => {
    const r = lexicon('服务非常好，但是不太满意');
    const good = r.hits.find((h) => h.term === '好');
    expect(good?.intensifier).toBe('非常');
    expect(good && good.value).toBeGreaterThan(2);
    const sat = r.hits.find((h) => h.term === '满意');
    expect(sat?.negator).toBe('不太');
    expect(sat && sat.value).toBeLessThan(0);
  });
});

describe('clauses', () => {
  it('splits at punctuation and contrast markers and weights the later clause', () => {
    const tokens = tokenize(normalizeText('价格便宜但是质量太差'));
    attachCues(tokens);
    const clauses = splitClauses(tokens, { before: 0.7, after: 1.3 });
    expect(clauses).toHaveLength(2);
    expect(clauses[0]?.weight).toBeCloseTo(0.7);
    expect(clauses[1]?.weight).toBeCloseTo(1.3);
    expect(clauses[1]?.contrast).toBe('但是');
  });
});

describe('scoreSentiment', () => {
  it.each([
    ['物流很快，质量很好，非常满意', 'positive'],
    ['质量太差了，再也不买了', 'negative'],
    ['价格便宜，但是质量太差', 'negative'],
    ['虽然价格有点贵，但是质量非常好', 'positive'],
    ['等了两个小时还没送到，饭都凉了', 'negative'],
    ['The staff were friendly and the delivery was fast', 'positive'],
    ['Terrible service, I waited on hold for an hour', 'negative'],
    ['The food was not good', 'negative'],
    ['送餐很快，小哥辛苦了', 'positive'],
    ['@airline thanks so much for the quick response :)', 'positive'],
    ['@airline my bag is lost and nobody is helping http://t.co/x', 'negative'],
  ])('%s → %s', (text, label) => {
    expect(sentiment(text).label).toBe(label);
  });

  it('lets the clause after a contrast marker weigh more', () => {
    expect(sentiment('价格便宜，但是质量太差').score).toBeLessThan(sentiment('价格便宜，质量太差').score);
    expect(sentiment('质量太差，但是价格便宜').score).toBeGreaterThan(sentiment('质量太差，价格便宜').score);
    expect(sentiment('The room was nice but the staff were rude').score).toBeLessThan(sentiment('The room was nice and the staff were rude').score);
  });

  it('keeps the score in [-1, 1] and explains it with words from the text', () => {
    const text = '客服态度很差，退款一直不到账';
    const r = sentiment(text);
    expect(r.score).toBeGreaterThanOrEqual(-1);
    expect(r.score).toBeLessThan(0);
    expect(r.explanation.words.length).toBeGreaterThan(0);
    for (const w of r.explanation.words) expect(text.includes(w.term.replace(/^NOT /, ''))).toBe(true);
    expect(r.explanation.lexicon.some((l) => l.term.includes('差'))).toBe(true);
  });

  it('scores every clause', () => {
    const r = sentiment('房间的环境很好。早餐太难吃了！');
    expect(r.clauses.map((c) => c.label)).toEqual(['positive', 'negative']);
  });

  it('does not read praise in a question as praise', () => {
    const r = sentiment('Can you help me with my booking?');
    expect(r.label).not.toBe('positive');
    expect(r.explanation.rules.some((x) => x.startsWith('question'))).toBe(true);
  });

  it('reads praise next to a sarcasm marker and a complaint as blame', () => {
    const r = sentiment('呵呵，真是太快了，等了三个小时');
    expect(r.label).toBe('negative');
  });

  it.each(['客服回复很快', '配送小哥态度很好', '客服态度很好', '谢谢客服小姐姐'])('reads short praise of customer service as praise: %s', (text) => {
    expect(sentiment(text).label).toBe('positive');
  });

  it('gives topic words such as 客服 no weight of their own, in the model or the lexicon', () => {
    const r = sentiment('客服态度很好');
    expect(r.explanation.words.map((w) => w.term)).not.toContain('客服');
    expect(r.explanation.lexicon.map((w) => w.term)).not.toContain('客服');
    expect(sentiment('客服').explanation.words).toEqual([]);
    expect([...ZH_TOPIC_WORDS].filter((w) => ZH_LEXICON.has(w))).toEqual([]);
    expect(sentiment('客服态度很差').label).toBe('negative');
  });

  it('lets the label follow the model when the lexicon agrees, and says so', () => {
    const r = sentiment('客服态度很好');
    expect(r.label).toBe('positive');
    expect(r.explanation.rules.some((x) => x.startsWith('model and lexicon agree'))).toBe(true);
    // A question's praise is asked, not asserted: it is no agreement.
    expect(sentiment('客服很好吗？').label).not.toBe('positive');
  });

  it('is neutral for an item without sentiment evidence and for unsupported languages', () => {
    expect(sentiment('订单号是A12345').label).toBe('neutral');
    expect(sentiment('La livraison était en retard').label).toBe('neutral');
  });
});

describe('model file', () => {
  it('round-trips weights through the packed format', () => {
    const keys = Uint32Array.from([hashString('b'), hashString('a')]);
    const file = encodeModel(
      {
        lang: 'zh',
        classes: ['negative', 'positive'],
        features: { wordBigrams: false, charBigrams: false, negScopeHan: 2, lexicon: false, lexiconScale: 1 },
        clauseWeights: { before: 1, after: 1 },
        bias: [0.5],
        training: {},
      },
      keys,
      Float32Array.from([2, -1]),
    );
    const m = decodeModel(file);
    const at = m.table.find(hashString('a'));
    expect(m.table.weight(at, 0)).toBeCloseTo(-1, 3);
    expect(m.bias[2]).toBeCloseTo(0.25);
  });
});
