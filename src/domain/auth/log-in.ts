// Password login: checks the credentials and opens a session, returning the secret token for the cookie.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import { findUserForLogin } from '../users/users.repo.ts';
import { insertSession } from './auth.repo.ts';
import { decoyPasswordHash, verifyPassword } from './password.ts';
import { hashSecret, newSessionToken } from './tokens.ts';
import type { SignedInUser } from './signed-in-user.ts';
import { parseInput } from '../parse-input.ts';
import { z } from 'zod';

export const loginSchema = z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(200) });

export interface LoginResult extends SignedInUser {
  token: string;
  expiresAt: Date;
}

export async function logIn(db: Db, rawInput: unknown, options: { ttlHours: number }): Promise<LoginResult> {
  const input = parseInput(loginSchema, rawInput);
  const user = await findUserForLogin(db, input.email.trim().toLowerCase());
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  // One error for every failure, so the answer does not reveal whether the address has an account.
  if (!user || !passwordMatches || user.disabled) {
    throw new AppError('invalid_credentials', 'The e-mail address or password is not correct.');
  }
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + options.ttlHours * 3_600_000);
  await insertSession(db, { orgId: user.orgId, userId: user.id, tokenHash: hashSecret(token), expiresAt });
  return {
    token,
    expiresAt,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale },
    org: { id: user.orgId, name: user.orgName },
  };
}
