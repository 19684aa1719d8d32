import { describe, expect, it } from 'vitest';
import { caseFactsOf, defaultCaseTitle, TITLE_LENGTH } from './case-facts.ts';
import type { FeedbackFacts } from './case-records.repo.ts';

const item = (overrides: Partial<FeedbackFacts> = {}): FeedbackFacts => ({
  id: '00000000-0000-4000-8000-000000000001',
  customerId: null,
  channel: 'app',
  touchpointId: null,
  themes: ['delivery'],
  lang: 'zh',
  textRedacted: '快递太慢了',
  metadata: {},
  ...overrides,
});

describe('caseFactsOf', () => {
  it.each([
    [{ location: 'Shanghai 1', store: 'ignored' }, 'Shanghai 1'],
    [{ store: 'Beijing 2' }, 'Beijing 2'],
    [{ store: 42 }, '42'],
    [{ location: '  ' }, null],
    [{}, null],
  ])('location from metadata %j → %s', (metadata, expected) => {
    expect(caseFactsOf(item({ metadata })).location).toBe(expected);
  });

  it.each([
    [{ tier: 'vip', segment: 'ignored' }, 'vip'],
    [{ segment: 'gold' }, 'gold'],
    [{ tier: true }, null],
  ])('tier from metadata %j → %s', (metadata, expected) => {
    expect(caseFactsOf(item({ metadata })).customerTier).toBe(expected);
  });
});

describe('defaultCaseTitle', () => {
  it('uses the redacted text, whitespace collapsed', () => {
    expect(defaultCaseTitle(item({ textRedacted: '  my  parcel\nis late ' }))).toBe('my parcel is late');
  });
  it('shortens long text to an excerpt without splitting characters', () => {
    const title = defaultCaseTitle(item({ textRedacted: '慢'.repeat(200) }));
    expect([...title]).toHaveLength(TITLE_LENGTH);
    expect(title.endsWith('…')).toBe(true);
  });
  it('describes items without text by their channel', () => {
    expect(defaultCaseTitle(item({ textRedacted: null, channel: 'store' }))).toBe('Feedback via store');
  });
});
