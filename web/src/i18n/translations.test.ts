import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import zhCN from './zh-CN.json' with { type: 'json' };

const featuresDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'features');
const featureFiles = existsSync(featuresDir) ? readdirSync(featuresDir).filter((f) => f.endsWith('.json')) : [];
const featureNames = [...new Set(featureFiles.map((f) => f.split('.')[0]!))];
const readFeature = (name: string, language: string): object => JSON.parse(readFileSync(path.join(featuresDir, `${name}.${language}.json`), 'utf8'));

// Plural forms differ by language (English has _one, Chinese only _other), so they are compared
// by their base key.
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '')],
  );
}

const empty = (tree: object): boolean =>
  Object.values(tree).some((value) => (typeof value === 'object' ? empty(value as object) : value === ''));

const sortedKeys = (tree: object) => [...new Set(keys(tree))].sort();

describe('translations', () => {
  const bundles: Array<[string, object, object]> = [
    ['core', zhCN, en],
    ...featureNames.map((name): [string, object, object] => [name, readFeature(name, 'zh-CN'), readFeature(name, 'en')]),
  ];

  it.each(bundles)('%s has the same keys in Chinese and English, none empty', (_name, zh, english) => {
    expect(sortedKeys(zh)).toEqual(sortedKeys(english));
    expect(empty(english)).toBe(false);
    expect(empty(zh)).toBe(false);
  });

  it('feature bundles do not overwrite core or each other', () => {
    const owners = new Map<string, string>(Object.keys(en).map((key) => [key, 'core']));
    for (const name of featureNames) {
      for (const key of Object.keys(readFeature(name, 'en'))) {
        expect(owners.get(key), `${name} redefines top-level key "${key}"`).toBeUndefined();
        owners.set(key, name);
      }
    }
  });
});
