// Resolves a session cookie to the acting user; sliding expiry keeps active users signed in.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { findSessionByTokenHash, touchSession } from './auth.repo.ts';
import type { SignedInUser } from './signed-in-user.ts';
import { hashSecret } from './tokens.ts';

// Refreshing last_seen on every request would turn each read into a write; once in a while is enough.
const TOUCH_INTERVAL_MS = 5 * 60_000;

export async function authenticateSession(
  db: Db,
  token: string,
  options: { ttlHours: number },
): Promise<(SignedInUser & { actor: Actor }) | undefined> {
  const now = new Date();
  const session = await findSessionByTokenHash(db, hashSecret(token), now);
  if (!session) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await touchSession(db, session.sessionId, now, new Date(now.getTime() + options.ttlHours * 3_600_000));
  }
  return {
    actor: { kind: 'user', orgId: session.orgId, userId: session.userId, role: session.role },
    user: { id: session.userId, email: session.email, name: session.name, role: session.role, locale: session.locale },
    org: { id: session.orgId, name: session.orgName },
  };
}
