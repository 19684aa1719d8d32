import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION, CHANNEL_IDS, analyzeText, defaultTaxonomy, runAnalyzeStream, taxonomySchema, trainCustomThemes } from './index.ts';

describe('analyzeText', () => {
  it('returns every field with explanations', () => {
    const a = analyzeText({ text: '网上申请的退货门店不给办，打客服电话13812345678也没人接！', channel: 'app' });
    expect(a.lang).toBe('zh');
    expect(a.sentiment.label).toBe('negative');
    expect(a.sentiment.clauses.length).toBeGreaterThan(1);
    expect(a.themes.map((t) => t.id)).toEqual(expect.arrayContaining(['refund_return', 'policy_rigidity']));
    expect(a.mentioned_channels).toEqual(['website', 'store', 'call_centre']);
    expect(a.breakpoint).toMatchObject({ from: 'website', to: 'store' });
    expect(a.text_redacted).toContain('[PHONE]');
    expect(a.text_redacted).not.toContain('13812345678');
    expect(a.pii).toEqual([{ kind: 'phone', count: 1 }]);
    expect(a.explanation.breakpoint?.rule).toMatch(/不给办/);
    expect(Object.keys(a.explanation.themes)).toEqual(a.themes.map((t) => t.id));
    expect(a.explanation.sentiment.words.length).toBeGreaterThan(0);
    for (const c of a.mentioned_channels) expect(CHANNEL_IDS).toContain(c);
    expect(ANALYSIS_VERSION).toBeGreaterThan(0);
  });

  it('is deterministic and never quotes redacted PII', () => {
    const input = { text: 'Email me at jane.doe@example.com, the app crashed and support never replied' };
    const a = analyzeText(input);
    expect(analyzeText(input)).toEqual(a);
    expect(JSON.stringify(a)).not.toContain('jane.doe');
    expect(a.mentioned_channels).toEqual(['email', 'app']); // "Email me" names the channel; the address is not read
  });

  it('handles empty, symbol-only and very long input', () => {
    expect(analyzeText({ text: '' })).toMatchObject({ lang: 'other', sentiment: { label: 'neutral', score: 0 }, themes: [], breakpoint: null });
    expect(analyzeText({ text: '👍👍👍' }).lang).toBe('other');
    const long = '质量很好。'.repeat(3000);
    expect(analyzeText({ text: long }).sentiment.label).toBe('positive');
  });

  it('applies an edited taxonomy and a custom theme model', () => {
    const taxonomy = taxonomySchema.parse({ themes: [...defaultTaxonomy().themes, { id: 'parking', label_en: 'Parking', label_zh: '停车', terms_zh: ['停车'], terms_en: ['parking'] }] });
    const custom = trainCustomThemes([
      ...['parking was full', 'no parking space', 'parking lot too small'].map((text) => ({ text, themes: ['car_park'] })),
      ...['coffee was cold', 'the latte was bitter', 'coffee tasted burnt'].map((text) => ({ text, themes: ['coffee'] })),
    ]);
    const a = analyzeText({ text: 'parking was impossible and the coffee was cold' }, { taxonomy, customThemes: custom });
    expect(a.themes.find((t) => t.id === 'parking')?.source).toBe('taxonomy');
    expect(a.themes.some((t) => t.source === 'custom')).toBe(true);
  });
});

describe('runAnalyzeStream', () => {
  it('writes one result per line and reports bad lines without stopping', async () => {
    const input = Readable.from(['{"id":"a","text":"物流很快，很满意"}\n', 'not json\n', '\n', '{"id":"b"}\n', '{"id":3,"text":"refund still missing","channel":"email"}\n']);
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (c: Buffer) => chunks.push(c.toString()));
    const stats = await runAnalyzeStream(input, output);
    expect(stats).toEqual({ lines: 4, errors: 2 });
    const lines = chunks.join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'a', lang: 'zh', sentiment: { label: 'positive' } });
    expect(Object.keys(lines[0])).toEqual(['id', 'lang', 'sentiment', 'themes', 'mentioned_channels', 'breakpoint', 'explanation']);
    expect(lines[1]).toMatchObject({ line: 2, error: { code: 'invalid_json' } });
    expect(lines[2]).toMatchObject({ line: 4, error: { code: 'invalid_item' } });
    expect(lines[3]).toMatchObject({ id: 3, themes: [{ id: 'refund_return', label: 'Refunds and returns' }] });
  });
});
