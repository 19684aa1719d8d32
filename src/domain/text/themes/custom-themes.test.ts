import { describe, expect, it } from 'vitest';
import { customThemeModelSchema } from './custom-theme-model.ts';
import { predictCustomThemes, trainCustomThemes } from './custom-themes.ts';

const SINGLE = [
  ...['my card has not arrived yet', 'when will my new card arrive', 'still waiting for the card to be delivered', 'card not received after two weeks', 'how long does card delivery take'].map((text) => ({ text, themes: ['card_arrival'] })),
  ...['I want my money back', 'how do I get a refund', 'please refund my purchase', 'refund has not come through', 'request a refund for this order'].map((text) => ({ text, themes: ['refund'] })),
  ...['I forgot my password', 'cannot log in to my account', 'reset my password please', 'login keeps failing', 'locked out of the app login'].map((text) => ({ text, themes: ['login'] })),
];

describe('custom themes', () => {
  it('learns themes from examples and explains them', () => {
    const model = trainCustomThemes(SINGLE, { epochs: 20 });
    expect(model.mode).toBe('single');
    expect(model.labels).toEqual(['card_arrival', 'login', 'refund']);
    const p = predictCustomThemes(model, 'my card still has not arrived');
    expect(p[0]?.label).toBe('card_arrival');
    expect(p[0]?.evidence.length).toBeGreaterThan(0);
    expect(predictCustomThemes(model, 'I need a refund')[0]?.label).toBe('refund');
  });

  it('produces a JSON-serialisable model that the schema validates', () => {
    const model = trainCustomThemes(SINGLE);
    const restored = customThemeModelSchema.parse(JSON.parse(JSON.stringify(model)));
    expect(predictCustomThemes(restored, 'forgot password')[0]?.label).toBe(predictCustomThemes(model, 'forgot password')[0]?.label);
    expect(customThemeModelSchema.safeParse({ ...model, format: 'other' }).success).toBe(false);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(trainCustomThemes(SINGLE))).toBe(JSON.stringify(trainCustomThemes(SINGLE)));
  });

  it('switches to multi-label when examples carry several themes', () => {
    const multi = [
      ...SINGLE,
      ...Array.from({ length: 6 }, (_, i) => ({ text: `refund my card fee ${i}, the card never arrived`, themes: ['refund', 'card_arrival'] })),
    ];
    const model = trainCustomThemes(multi, { threshold: 0.4 });
    expect(model.mode).toBe('multi');
    const labels = predictCustomThemes(model, 'the card never arrived so refund me').map((p) => p.label);
    expect(labels).toContain('card_arrival');
  });

  it('rejects unusable training data', () => {
    expect(() => trainCustomThemes([])).toThrow(/no example/);
    expect(() => trainCustomThemes([{ text: 'a', themes: ['x'] }])).toThrow(/two distinct themes/);
  });

  it('works for Chinese', () => {
    const zh = [
      ...['油耗太高了', '百公里油耗十个', '油耗还可以', '市区油耗偏高'].map((text) => ({ text, themes: ['油耗'] })),
      ...['价格优惠了两万', '落地价多少', '这个价格太贵', '优惠力度不大'].map((text) => ({ text, themes: ['价格'] })),
    ];
    const model = trainCustomThemes(zh, { epochs: 20 });
    expect(predictCustomThemes(model, '油耗有点高')[0]?.label).toBe('油耗');
  });
});
