import { describe, expect, it } from 'vitest';
import { newSigningKey, peekToken, signToken, verifyToken } from './survey-token.ts';

describe('survey tokens', () => {
  const key = newSigningKey();
  const payload = { s: '00000000-0000-4000-8000-000000000001', c: 'email', n: 'abc', i: { email: 'a@example.com' } };

  it('round-trips a payload signed with the same key', () => {
    expect(verifyToken(signToken(payload, key), key)).toEqual(payload);
  });

  it.each([
    ['another key', (token: string) => token, newSigningKey()],
    ['an altered body', (token: string) => `${Buffer.from(JSON.stringify({ ...payload, i: { email: 'b@example.com' } })).toString('base64url')}.${token.split('.')[1]}`, key],
    ['a truncated signature', (token: string) => token.slice(0, -3), key],
    ['garbage', () => 'not-a-token', key],
  ])('refuses a token with %s', (_case, mutate, verifyKey) => {
    expect(verifyToken(mutate(signToken(payload, key)), verifyKey)).toBeUndefined();
  });

  it('lets the survey id be read before verification', () => {
    expect(peekToken(signToken(payload, key))?.s).toBe(payload.s);
  });
});
