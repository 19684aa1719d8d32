import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('applies defaults for an empty environment', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, demo: 'ask', sessionTtlHours: 168, cookieSecure: false });
    expect(config.dataDir.endsWith('.openvoc-data')).toBe(true);
  });

  it('treats empty strings as unset', () => {
    expect(parseConfig({ PORT: '' }).port).toBe(3000);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'not a url'],
    ['OPENVOC_DEMO', 'maybe'],
    ['COOKIE_SECURE', 'sometimes'],
    ['LOG_LEVEL', 'loud'],
  ])('fails fast naming %s when it is %s', (name, value) => {
    expect(() => parseConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => parseConfig({ [name]: value })).toThrow(name);
  });

  it('reads booleans and numbers', () => {
    expect(parseConfig({ COOKIE_SECURE: 'true', PORT: '8080', DATABASE_URL: 'postgres://u:p@db:5432/voc' })).toMatchObject({
      cookieSecure: true,
      port: 8080,
      databaseUrl: 'postgres://u:p@db:5432/voc',
    });
  });
});
