// The signature scheme, shared by the receiver and by anyone testing it: HMAC-SHA256 with the webhook's
// secret over "<timestamp>.<raw body>". Signing the timestamp with the body is what makes the
// 5-minute window mean something: a captured request cannot be replayed later with a fresh timestamp.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function webhookSignature(secret: string, timestamp: string, rawBody: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex')}`;
}

export function signatureMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given.trim().toLowerCase());
  return a.length === b.length && timingSafeEqual(a, b);
}
