import { describe, expect, it } from 'vitest';
import { AhoCorasick } from './aho-corasick.ts';
import { FeatureTable } from './feature-table.ts';
import { hashString } from './hash.ts';
import { detectLang } from './lang.ts';
import { normalizeText } from './normalize.ts';
import { tokenize } from './segment.ts';
import { PUNCT, SYM, WORD } from './tokens.ts';

describe('normalizeText', () => {
  it('maps full-width ASCII and upper case without changing length', () => {
    const s = 'ＡＰＰ闪退 WeChat　OK';
    const n = normalizeText(s);
    expect(n).toBe('app闪退 wechat ok');
    expect(n.length).toBe(s.length);
  });
});

describe('detectLang', () => {
  it.each([
    ['物流很快，包装也很好', 'zh'],
    ['The delivery was late again and nobody called me', 'en'],
    ['我在app上下单的', 'zh'],
    ['客服态度很差, the order was cancelled', 'mixed'],
    ['客服说 the order was cancelled but I never asked for it', 'en'],
    ['La livraison était en retard et personne ne répond', 'other'],
    ['配達が遅れました。とても残念です', 'other'],
    ['12345 !!!', 'other'],
  ])('%s → %s', (text, lang) => {
    expect(detectLang(normalizeText(text))).toBe(lang);
  });
});

describe('tokenize', () => {
  it('segments Chinese with the CX dictionary and keeps English contractions whole', () => {
    const words = tokenize(normalizeText('线上下单，小程序打不开 but the store couldn\'t help')).filter((t) => t.kind === WORD).map((t) => t.text);
    expect(words).toContain('线上');
    expect(words).toContain('下单');
    expect(words).toContain('小程序');
    expect(words).toContain("couldn't");
  });

  it('gives offsets into the original text and classifies punctuation and mentions', () => {
    const text = '@united 行李丢了！';
    const tokens = tokenize(normalizeText(text));
    for (const t of tokens) expect(text.slice(t.start, t.end).length).toBe(t.end - t.start);
    expect(tokens[0]?.kind).toBe(SYM);
    expect(tokens.some((t) => t.kind === PUNCT && t.text === '!')).toBe(true); // full-width ！ normalised
  });
});

describe('AhoCorasick', () => {
  it('finds overlapping terms and respects Latin word boundaries', () => {
    const ac = new AhoCorasick<string>();
    for (const t of ['app', 'refund*', '退款', '退款慢']) ac.add(t, t);
    const hits: string[] = [];
    ac.scan('happy app refunds 退款慢', (v) => hits.push(v));
    expect(hits).toEqual(['app', 'refund*', '退款', '退款慢']);
  });
});

describe('FeatureTable', () => {
  it('returns weights for stored keys and -1 for unknown keys', () => {
    const t = new FeatureTable(100, 3, 100);
    for (let i = 0; i < 100; i++) t.set(hashString(`w${i}`), [i, -i, 2 * i]);
    const at = t.find(hashString('w42'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect([0, 1, 2].map((k) => Math.round(t.weight(at, k)))).toEqual([42, -42, 84]);
    expect(t.find(hashString('never stored'))).toBe(-1);
  });
});

describe('tokenizeLatin: tweets', () => {
  const texts = (s: string): string[] => tokenize(normalizeText(s)).filter((t) => t.kind !== 3).map((t) => t.text);
  it('keeps URLs whole and reads emoticons as one symbol', () => {
    expect(texts('see http://t.co/ab:c12 :-) ;) :( <3 at 12:30')).toEqual(['see', 'http://t.co/ab:c12', ':)', ':)', ':(', '<3', 'at', '12', ':', '30']);
  });
  it('squeezes elongated words to two letters', () => {
    expect(texts('Sooo goooood')).toEqual(['soo', 'good']);
  });
});
