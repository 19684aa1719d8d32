// Alerts: item rules evaluated on every inserted batch (enqueued by the feedback trigger), aggregate
// rules and churn risk on a schedule, notifications delivered with retries, digests daily and weekly.
import { z } from 'zod';
import { EVALUATE_ITEMS_JOB, evaluateItemsPayloadSchema } from '../../domain/alerts/alerts.schema.ts';
import { evaluateAggregateRules } from '../../domain/alerts/evaluate-aggregate-rules.ts';
import { evaluateNewFeedback } from '../../domain/alerts/evaluate-new-feedback.ts';
import { recomputeChurnScores } from '../../domain/churn/recompute-churn-scores.ts';
import { deliverNotifications } from '../../domain/notifications/deliver-notification.ts';
import { DELIVER_JOB, deliverPayloadSchema } from '../../domain/notifications/notifications.schema.ts';
import { sendDigests } from '../../domain/notifications/send-digests.ts';
import { defineJob } from '../job-definition.ts';

export const evaluateAlertItemsJob = defineJob({
  name: EVALUATE_ITEMS_JOB,
  payload: evaluateItemsPayloadSchema,
  handler: async ({ orgId, ids }, { db, log }) => {
    const result = await evaluateNewFeedback(db, orgId, ids);
    if (result.matched > 0) log.info({ orgId, items: ids.length, ...result }, 'item alert rules evaluated');
  },
});

export const evaluateAggregateAlertsJob = defineJob({
  name: 'alerts:evaluate_aggregates',
  payload: z.unknown(),
  schedule: '*/5 * * * *',
  handler: async (_payload, { db, log }) => {
    const result = await evaluateAggregateRules(db);
    if (result.raised > 0) log.info(result, 'aggregate alert rules evaluated');
  },
});

export const deliverNotificationJob = defineJob({
  name: DELIVER_JOB,
  payload: deliverPayloadSchema,
  handler: async ({ orgId, deliveryIds }, { db, log }) => {
    const { failed } = await deliverNotifications(db, orgId, deliveryIds);
    if (failed > 0) log.warn({ orgId, failed }, 'notifications failed for good');
  },
});

export const dailyDigestJob = defineJob({
  name: 'notifications:digest_daily',
  payload: z.unknown(),
  schedule: '0 8 * * *',
  handler: async (_payload, { db }) => void (await sendDigests(db, 'daily')),
});

export const weeklyDigestJob = defineJob({
  name: 'notifications:digest_weekly',
  payload: z.unknown(),
  schedule: '0 8 * * 1',
  handler: async (_payload, { db }) => void (await sendDigests(db, 'weekly')),
});

export const recomputeChurnScoresJob = defineJob({
  name: 'churn:recompute',
  payload: z.unknown(),
  schedule: '23 * * * *',
  handler: async (_payload, { db, log }) => {
    const result = await recomputeChurnScores(db);
    log.info(result, 'churn risk recomputed');
  },
});
