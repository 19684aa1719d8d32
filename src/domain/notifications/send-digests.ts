// Daily and weekly digests against alert fatigue: one message per channel summarising the period's
// alerts (for channels set to that period) and every notification held back by throttling.
import { inTransaction, type Db } from '../../db/pool.ts';
import { alertMessagesSince, channelsDueDigest, insertDelivery, markDigested } from './notifications.repo.ts';
import { enqueueDeliveries } from './notify-alert.ts';

const PERIOD_MS = { daily: 86_400_000, weekly: 7 * 86_400_000 } as const;

export async function sendDigests(db: Db, period: 'daily' | 'weekly', now = new Date()): Promise<{ digests: number }> {
  let digests = 0;
  for (const channel of await channelsDueDigest(db, period)) {
    const since = channel.lastDigestAt ?? new Date(now.getTime() - PERIOD_MS[period]);
    const summarisesPeriod = channel.digest === period;
    const items = await alertMessagesSince(db, channel.orgId, channel.id, since, summarisesPeriod);
    if (items.length === 0) continue;
    const throttled = items.filter((item) => item.status === 'throttled').length;
    await inTransaction(db, async (tx) => {
      const deliveryId = await insertDelivery(tx, channel.orgId, {
        channelId: channel.id,
        ruleId: null,
        alertId: null,
        purpose: 'digest',
        status: 'pending',
        message: {
          event: 'alert.digest',
          title: `OpenVoC ${summarisesPeriod ? period : 'throttled'} digest · 告警摘要: ${items.length} alert(s)`,
          severity: items.some((item) => item.message.severity === 'critical') ? 'critical' : 'warning',
          lines: [
            ...(throttled > 0 ? [`${throttled} held back by the hourly limit · ${throttled} 条因频率限制未即时发送`] : []),
            ...items.slice(0, 30).map((item) => `${item.createdAt.toISOString().slice(0, 16).replace('T', ' ')} · ${item.message.title}`),
            ...(items.length > 30 ? [`… +${items.length - 30}`] : []),
          ],
          digest: {
            period: summarisesPeriod ? period : 'throttled',
            since: since.toISOString(),
            alerts: items.map((item) => ({ title: item.message.title, rule_name: item.message.alert?.rule_name ?? '', severity: item.message.severity, at: item.createdAt.toISOString() })),
          },
          sent_at: now.toISOString(),
        },
      });
      await enqueueDeliveries(tx, channel.orgId, [deliveryId]);
      await markDigested(tx, channel.orgId, channel.id, items.map((item) => item.id));
    });
    digests++;
  }
  return { digests };
}
