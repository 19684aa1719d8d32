// Adds a person to the organisation with a role; used by admins in the dashboard and by `openvoc user create`.
import type { Db } from '../../db/pool.ts';
import { isUniqueViolation } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { hashPassword } from '../auth/password.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canGrantRole, canManageUsers } from './users.policy.ts';
import { insertUser, type UserRow } from './users.repo.ts';
import { createUserSchema } from './users.schema.ts';

export async function createUser(db: Db, actor: Actor, rawInput: unknown): Promise<UserRow> {
  authorize(canManageUsers(actor), 'manage users');
  const input = parseInput(createUserSchema, rawInput);
  authorize(canGrantRole(actor, input.role), `grant the role ${input.role}`);
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await insertUser(db, { orgId: actor.orgId, email: input.email, name: input.name, role: input.role, locale: input.locale, passwordHash });
    await recordAuditEvent(db, actor, { action: 'user.created', subject: `user:${user.id}`, details: { email: user.email, role: user.role } });
    return user;
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_key')) throw new AppError('email_taken', `A user with the e-mail ${input.email} already exists.`);
    throw error;
  }
}
