import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight.ts';

describe('highlightParts', () => {
  it('marks evidence in Chinese and English, case-insensitively, longest first', () => {
    expect(highlightParts('排队太久了，Queue was long', ['排队', 'queue was'])).toEqual([
      { text: '排队', mark: true },
      { text: '太久了，', mark: false },
      { text: 'Queue was', mark: true },
      { text: ' long', mark: false },
    ]);
  });
  it('treats regex characters literally and leaves text alone without evidence', () => {
    expect(highlightParts('a+b (c)', ['(c)'])).toEqual([{ text: 'a+b ', mark: false }, { text: '(c)', mark: true }]);
    expect(highlightParts('plain', [])).toEqual([{ text: 'plain', mark: false }]);
  });
});
