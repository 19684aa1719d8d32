// Operator password reset (the CLI), for a forgotten password or the demo account.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import { systemActor } from '../actor.ts';
import { updateUser } from './update-user.ts';
import { findUserByEmail } from './users.repo.ts';

export async function setPasswordByEmail(db: Db, email: string, password: string): Promise<void> {
  const user = await findUserByEmail(db, email.trim().toLowerCase());
  if (!user) throw new AppError('not_found', `No user with the e-mail ${email}.`);
  await updateUser(db, systemActor(user.orgId), user.id, { password });
}
