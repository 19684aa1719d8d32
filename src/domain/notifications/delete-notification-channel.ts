// Removes a channel; its routes go with it, so rules simply stop notifying there.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canManageNotificationChannels } from './notifications.policy.ts';
import { deleteChannel } from './notifications.repo.ts';

export async function deleteNotificationChannel(db: Db, actor: Actor, id: string): Promise<void> {
  authorize(canManageNotificationChannels(actor), 'manage notification channels');
  if (!(await deleteChannel(db, actor.orgId, id))) throw new AppError('not_found', 'No such notification channel.');
}
