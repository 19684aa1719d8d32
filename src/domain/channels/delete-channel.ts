// Removes an unused channel; one that touchpoints or feedback refer to is kept, with a clear reason.
import { isForeignKeyViolation, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canManageChannels } from './channels.policy.ts';
import { deleteChannel as deleteChannelRow } from './channels.repo.ts';

export async function deleteChannel(db: Db, actor: Actor, key: string): Promise<void> {
  authorize(canManageChannels(actor), 'manage channels');
  try {
    if (!(await deleteChannelRow(db, actor.orgId, key))) throw new AppError('not_found', `No channel with the key "${key}".`);
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw new AppError('channel_in_use', `The channel "${key}" is used by touchpoints or feedback and cannot be deleted.`);
    }
    throw error;
  }
}
