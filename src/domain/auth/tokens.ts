// Session tokens and API keys are random secrets; only their SHA-256 is stored, so a database leak
// does not leak working credentials. (A slow hash is unnecessary for 256-bit random secrets.)
import { createHash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'ovk_';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function newApiKey(): { key: string; prefix: string } {
  const key = `${API_KEY_PREFIX}${randomBytes(30).toString('base64url')}`;
  return { key, prefix: key.slice(0, API_KEY_PREFIX.length + 6) };
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}
