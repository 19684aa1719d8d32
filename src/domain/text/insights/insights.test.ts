import { describe, expect, it } from 'vitest';
import { distinctiveDescriptors } from './distinctive-descriptors.ts';
import { chiSquare1Tail, emergingTerms, logLikelihoodG2 } from './emerging-terms.ts';

describe('distinctiveDescriptors', () => {
  it('finds words typical of one channel within a sentiment', () => {
    const docs = [
      ...Array.from({ length: 30 }, (_, i) => ({ channel: 'app', sentiment: 'negative' as const, text: `app crash again, login broken ${i % 3 ? 'today' : ''}` })),
      ...Array.from({ length: 30 }, () => ({ channel: 'store', sentiment: 'negative' as const, text: 'long queue at the cashier, staff rude' })),
      ...Array.from({ length: 10 }, () => ({ channel: 'store', sentiment: 'positive' as const, text: 'friendly staff' })),
    ];
    const groups = distinctiveDescriptors(docs);
    const appNeg = groups.find((g) => g.channel === 'app' && g.sentiment === 'negative');
    expect(appNeg?.terms.map((t) => t.term)).toEqual(expect.arrayContaining(['crash', 'login']));
    expect(appNeg?.terms.map((t) => t.term)).not.toContain('queue');
    for (const t of appNeg?.terms ?? []) expect(t.z).toBeGreaterThan(1.96);
    const storeNeg = groups.find((g) => g.channel === 'store' && g.sentiment === 'negative');
    expect(storeNeg?.terms[0]?.term).toBeDefined();
    expect(groups.find((g) => g.channel === 'store' && g.sentiment === 'positive')?.documents).toBe(10);
  });

  it('segments Chinese', () => {
    const docs = [
      ...Array.from({ length: 20 }, () => ({ channel: 'app', sentiment: 'negative' as const, text: '小程序闪退，登录不了' })),
      ...Array.from({ length: 20 }, () => ({ channel: 'store', sentiment: 'negative' as const, text: '门店排队太久' })),
    ];
    const app = distinctiveDescriptors(docs).find((g) => g.channel === 'app');
    expect(app?.terms.map((t) => t.term)).toContain('闪退');
  });
});

describe('emergingTerms', () => {
  it('reports terms significantly more frequent recently, with G² and p', () => {
    const baseline = Array.from({ length: 200 }, (_, i) => (i % 10 === 0 ? '退款很慢' : '物流很快，质量不错'));
    const recent = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? '小程序闪退，付款失败' : '物流很快'));
    const out = emergingTerms(recent, baseline);
    const terms = out.map((t) => t.term);
    expect(terms).toContain('闪退');
    expect(terms).not.toContain('物流');
    const t = out.find((x) => x.term === '闪退');
    expect(t?.statistic).toBe('log-likelihood G2');
    expect(t?.g2).toBeGreaterThan(10.83);
    expect(t?.p_value).toBeLessThan(0.001);
  });

  it('computes G² and the χ² tail correctly', () => {
    expect(logLikelihoodG2(10, 100, 10, 100)).toBeCloseTo(0, 6);
    expect(chiSquare1Tail(3.841)).toBeCloseTo(0.05, 3);
    expect(chiSquare1Tail(10.83)).toBeCloseTo(0.001, 4);
  });
});
