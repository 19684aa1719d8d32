// Signed survey links: the token carries the survey, the channel and (for personal links) a nonce and
// the customer's identifiers, signed with the organisation's key so nobody can forge or alter them.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface TokenPayload {
  /** survey id */
  s: string;
  /** channel the link is distributed on */
  c: string;
  /** nonce of a personal link: one response per token */
  n?: string;
  /** customer identifiers */
  i?: Record<string, string>;
  /** invitation id, when the link was sent by a distribution */
  v?: string;
}

const SIGNATURE_BYTES = 16;

export function newSigningKey(): string {
  return randomBytes(32).toString('base64url');
}

export function newNonce(): string {
  return randomBytes(12).toString('base64url');
}

function signature(body: string, key: string): Buffer {
  return createHmac('sha256', key).update(body).digest().subarray(0, SIGNATURE_BYTES);
}

export function signToken(payload: TokenPayload, key: string): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${signature(body, key).toString('base64url')}`;
}

/** The payload as claimed, before the signature is checked (needed to find the organisation's key). */
export function peekToken(token: string): TokenPayload | undefined {
  const [body, sig, extra] = token.split('.');
  if (!body || !sig || extra !== undefined || token.length > 4000) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenPayload;
    if (typeof payload?.s !== 'string' || typeof payload.c !== 'string') return undefined;
    return payload;
  } catch {
    return undefined;
  }
}

export function verifyToken(token: string, key: string): TokenPayload | undefined {
  const payload = peekToken(token);
  if (!payload) return undefined;
  const [body, sig] = token.split('.') as [string, string];
  const given = Buffer.from(sig, 'base64url');
  const expected = signature(body, key);
  return given.length === expected.length && timingSafeEqual(given, expected) ? payload : undefined;
}
