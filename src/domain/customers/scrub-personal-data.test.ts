import { describe, expect, it } from 'vitest';
import { ERASED_TEXT, isPersonalKey, knownValueVariants, scrubFeedback } from './scrub-personal-data.ts';

const row = {
  id: 'f1',
  text: '我叫李伟，手机 13812345678，网上下的单门店查不到，邮箱 li.wei@example.com',
  textRedacted: '我叫李伟，手机 [PHONE]，网上下的单门店查不到，邮箱 [EMAIL]',
  identifiers: { phone: '+8613812345678', name: '李伟' },
  metadata: { store: '上海徐汇', customer_name: '李伟', 手机号码: '13812345678', note: 'call 138 1234 5678 back' },
  analysis: {
    themes: [{ id: 'store_stock', label_en: 'Stock', label_zh: '库存', evidence: ['查不到'], source: 'taxonomy' }],
    clauses: [{ text: '我叫李伟', label: 'neutral', score: 0 }],
    breakpoint: { rule: 'failure cue', evidence: ['网上', '门店'] },
    pii: ['phone ×1 redacted'],
    explanation: { contributors: [{ term: '李伟', weight: 0.1 }] },
  },
};

describe('scrubFeedback', () => {
  const variants = knownValueVariants(['+8613812345678', 'li.wei@example.com', '李伟']);

  it('keeps the redacted text with the customer’s own name masked, and drops personal metadata', () => {
    const erased = scrubFeedback(row, variants, 'redact');
    expect(erased.text).toBe('我叫[REDACTED]，手机 [PHONE]，网上下的单门店查不到，邮箱 [EMAIL]');
    expect(erased.text_redacted).toBe(erased.text);
    expect(erased.metadata).toEqual({ store: '上海徐汇', note: 'call [PHONE] back' });
    expect(JSON.stringify(erased.analysis)).not.toContain('李伟');
    expect(erased.analysis).toEqual({
      themes: [{ id: 'store_stock', label_en: 'Stock', label_zh: '库存', source: 'taxonomy' }],
      breakpoint: { rule: 'failure cue' },
      erased: true,
    });
  });

  it('removes the text entirely when asked, but leaves rating-only items without text', () => {
    expect(scrubFeedback(row, variants, 'remove').text).toBe(ERASED_TEXT);
    expect(scrubFeedback({ ...row, text: null, textRedacted: null }, variants, 'remove').text).toBeNull();
  });

  it.each([
    ['customer_name', true],
    ['Mobile', true],
    ['收货地址', true],
    ['store', false],
    ['product', false],
    ['model', false],
    ['shipping', false],
  ])('treats metadata key %s as personal: %s', (key, personal) => {
    expect(isPersonalKey(key)).toBe(personal);
  });
});
