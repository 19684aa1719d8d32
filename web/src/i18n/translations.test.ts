import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import zhCN from './zh-CN.json' with { type: 'json' };

// Plural forms differ by language (English has _one, Chinese only _other), so they are compared
// by their base key.
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '')],
  );
}

describe('translations', () => {
  it('has the same keys in Chinese and English', () => {
    expect([...new Set(keys(zhCN))].sort()).toEqual([...new Set(keys(en))].sort());
  });

  it('has no empty translation', () => {
    const empty = (tree: object): boolean =>
      Object.values(tree).some((value) => (typeof value === 'object' ? empty(value as object) : value === ''));
    expect(empty(en)).toBe(false);
    expect(empty(zhCN)).toBe(false);
  });
});
