// The organisation's people, for settings and for picking assignees.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canListUsers } from './users.policy.ts';
import { listUsers as selectUsers, type UserRow } from './users.repo.ts';

export async function listUsers(db: Db, actor: Actor): Promise<UserRow[]> {
  authorize(canListUsers(actor), 'see users');
  return selectUsers(db, actor.orgId);
}
