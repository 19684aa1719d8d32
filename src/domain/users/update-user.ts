// Changes a user's name, role, locale, password or disabled flag, without ever leaving the
// organisation with no active owner; disabling or a new password ends the user's sessions.
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import { isUser, type Actor } from '../actor.ts';
import { releaseCasesOfUser } from '../cases/release-cases-of-user.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { deleteSessionsOfUser } from '../auth/auth.repo.ts';
import { hashPassword } from '../auth/password.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canChangeUser, canGrantRole, canManageUsers } from './users.policy.ts';
import { countActiveOwners, findUser, lockOwners, updateUser as updateUserRow, type UserRow } from './users.repo.ts';
import { updateUserSchema } from './users.schema.ts';

export async function updateUser(db: Db, actor: Actor, userId: string, rawInput: unknown): Promise<UserRow> {
  authorize(canManageUsers(actor), 'manage users');
  const input = parseInput(updateUserSchema, rawInput);
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
  return inTransaction(db, async (tx) => {
    await lockOwners(tx, actor.orgId);
    const target = await findUser(tx, actor.orgId, userId);
    if (!target) throw new AppError('not_found', 'No such user.');
    authorize(canChangeUser(actor, target), 'change this user');
    if (input.role !== undefined) authorize(canGrantRole(actor, input.role), `grant the role ${input.role}`);
    const updated = await updateUserRow(tx, actor.orgId, userId, { ...input, passwordHash });
    if (!updated) throw new AppError('not_found', 'No such user.');
    if (target.role === 'owner' && (await countActiveOwners(tx, actor.orgId)) === 0) {
      throw new AppError('last_owner', 'The organisation must keep at least one active owner.');
    }
    if (input.disabled === true || passwordHash !== undefined) await deleteSessionsOfUser(tx, actor.orgId, userId);
    if (input.disabled === true && !target.disabled) await releaseCasesOfUser(tx, actor.orgId, userId, isUser(actor) ? actor.userId : null);
    // What changed, never the password itself.
    const changes = { ...input, password: undefined, password_changed: passwordHash !== undefined || undefined, previous_role: input.role === undefined ? undefined : target.role };
    await recordAuditEvent(tx, actor, { action: 'user.updated', subject: `user:${userId}`, details: Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) });
    return updated;
  });
}
