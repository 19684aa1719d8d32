// The organisation's notification channels, for the channels page and the rule builder's routing.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canManageNotificationChannels } from './notifications.policy.ts';
import { listChannels, type ChannelRow } from './notifications.repo.ts';

export async function listNotificationChannels(db: Db, actor: Actor): Promise<ChannelRow[]> {
  authorize(canManageNotificationChannels(actor), 'manage notification channels');
  return listChannels(db, actor.orgId);
}
