// The delivery log of one channel: every attempt's status, response code and error, newest first.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canManageNotificationChannels } from './notifications.policy.ts';
import { findChannel, listDeliveries, type DeliveryRow } from './notifications.repo.ts';
import { deliveryFilterSchema } from './notifications.schema.ts';

export async function listNotificationDeliveries(db: Db, actor: Actor, channelId: string, rawQuery: unknown): Promise<DeliveryRow[]> {
  authorize(canManageNotificationChannels(actor), 'manage notification channels');
  const { limit } = parseInput(deliveryFilterSchema, rawQuery);
  if (!(await findChannel(db, actor.orgId, channelId))) throw new AppError('not_found', 'No such notification channel.');
  return listDeliveries(db, actor.orgId, channelId, limit);
}
