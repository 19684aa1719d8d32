// Hands new alerts to every channel their rule routes to, inside the caller's transaction (the delivery
// job commits with the alerts). Past the rule's hourly limit a channel gets nothing now: the
// notification waits, marked throttled, for the next digest. A burst of alerts costs one query per
// rule, one insert and one delivery job.
import { randomUUID } from 'node:crypto';
import { addJob } from '../../db/job-queue.ts';
import type { Db } from '../../db/pool.ts';
import { insertDeliveries, routedChannels } from './notifications.repo.ts';
import { DELIVER_JOB, MAX_DELIVERY_ATTEMPTS, type NotificationMessage } from './notifications.schema.ts';

export interface AlertNotice {
  ruleId: string;
  alertId: string;
  maxPerHour: number;
  message: NotificationMessage;
}

export async function notifyAlerts(tx: Db, orgId: string, alerts: readonly AlertNotice[]): Promise<{ queued: number; throttled: number }> {
  const channelsOfRule = new Map<string, Array<{ id: string; sentLastHour: number }>>();
  for (const ruleId of new Set(alerts.map((alert) => alert.ruleId))) channelsOfRule.set(ruleId, await routedChannels(tx, orgId, ruleId));
  const rows: Array<Parameters<typeof insertDeliveries>[2][number]> = [];
  for (const alert of alerts) {
    for (const channel of channelsOfRule.get(alert.ruleId) ?? []) {
      const over = channel.sentLastHour >= alert.maxPerHour;
      if (!over) channel.sentLastHour++;
      rows.push({ id: randomUUID(), channelId: channel.id, ruleId: alert.ruleId, alertId: alert.alertId, status: over ? 'throttled' : 'pending', message: alert.message });
    }
  }
  await insertDeliveries(tx, orgId, rows);
  const queued = rows.filter((row) => row.status === 'pending').map((row) => row.id);
  await enqueueDeliveries(tx, orgId, queued);
  return { queued: queued.length, throttled: rows.length - queued.length };
}

export async function enqueueDeliveries(tx: Db, orgId: string, deliveryIds: readonly string[]): Promise<void> {
  for (let i = 0; i < deliveryIds.length; i += 1000) {
    await addJob(tx, DELIVER_JOB, { orgId, deliveryIds: deliveryIds.slice(i, i + 1000) }, { maxAttempts: MAX_DELIVERY_ATTEMPTS });
  }
}
