// "Send test" on the channels page: a real delivery through the same path as alerts, so what the admin
// sees in the delivery log is what alerts will do.
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canManageNotificationChannels } from './notifications.policy.ts';
import { findChannel, insertDelivery } from './notifications.repo.ts';
import { enqueueDeliveries } from './notify-alert.ts';

export async function sendTestNotification(db: Db, actor: Actor, channelId: string): Promise<{ deliveryId: string }> {
  authorize(canManageNotificationChannels(actor), 'manage notification channels');
  const channel = await findChannel(db, actor.orgId, channelId);
  if (!channel) throw new AppError('not_found', 'No such notification channel.');
  return inTransaction(db, async (tx) => {
    const deliveryId = await insertDelivery(tx, actor.orgId, {
      channelId,
      ruleId: null,
      alertId: null,
      purpose: 'test',
      status: 'pending',
      message: { event: 'test', title: `OpenVoC test notification · 测试通知 (${channel.name})`, severity: 'info', lines: ['If you can read this, alerts will reach this channel.', '收到此消息说明告警可以送达该渠道。'], sent_at: new Date().toISOString() },
    });
    await enqueueDeliveries(tx, actor.orgId, [deliveryId]);
    return { deliveryId };
  });
}
