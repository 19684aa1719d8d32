// Public JSON shapes of alert rules, alerts, notification channels (never their secret) and deliveries.
import type { AlertRow } from '../../domain/alerts/alerts.repo.ts';
import type { RuleWithRoutes } from '../../domain/alerts/list-alert-rules.ts';
import type { CustomerChurnRisk } from '../../domain/churn/get-churn-risk.ts';
import type { ChannelRow, DeliveryRow } from '../../domain/notifications/notifications.repo.ts';
import { iso } from './iso.ts';

export function presentAlertRule(rule: RuleWithRoutes) {
  return {
    id: rule.id,
    name: rule.name,
    kind: rule.kind,
    enabled: rule.enabled,
    severity: rule.severity,
    condition: rule.condition,
    dedup_minutes: rule.dedupMinutes,
    max_per_hour: rule.maxPerHour,
    channel_ids: rule.channelIds,
    open_case_priority: rule.openCasePriority,
    created_at: rule.createdAt.toISOString(),
    updated_at: rule.updatedAt.toISOString(),
  };
}

export function presentAlert(alert: AlertRow) {
  return {
    id: alert.id,
    rule: { id: alert.ruleId, name: alert.ruleName },
    kind: alert.kind,
    title: alert.title,
    severity: alert.severity,
    status: alert.status,
    snoozed_until: alert.status === 'snoozed' ? iso(alert.snoozedUntil) : null,
    count: alert.count,
    customer_id: alert.customerId,
    feedback_ids: alert.feedbackIds,
    details: alert.details,
    first_seen_at: alert.firstSeenAt.toISOString(),
    last_seen_at: alert.lastSeenAt.toISOString(),
    acknowledged_by: alert.acknowledgedBy,
    acknowledged_at: iso(alert.acknowledgedAt),
    resolved_at: iso(alert.resolvedAt),
  };
}

export function presentNotificationChannel(channel: ChannelRow) {
  return {
    id: channel.id,
    name: channel.name,
    kind: channel.kind,
    config: channel.config,
    has_secret: channel.secret !== null,
    enabled: channel.enabled,
    digest: channel.digest,
    last_digest_at: iso(channel.lastDigestAt),
    created_at: channel.createdAt.toISOString(),
  };
}

export function presentDelivery(delivery: DeliveryRow) {
  return {
    id: delivery.id,
    purpose: delivery.purpose,
    status: delivery.status,
    attempts: delivery.attempts,
    response_code: delivery.responseCode,
    error: delivery.error,
    alert_id: delivery.alertId,
    rule_id: delivery.ruleId,
    title: delivery.message.title,
    created_at: delivery.createdAt.toISOString(),
    last_attempt_at: iso(delivery.lastAttemptAt),
    delivered_at: iso(delivery.deliveredAt),
  };
}

export function presentChurnRisk(risk: CustomerChurnRisk) {
  const { signals } = risk;
  return {
    customer_id: risk.customerId,
    score: risk.score,
    level: risk.level,
    factors: risk.factors.map((factor) => ({ id: factor.id, points: Math.round(factor.points * 10) / 10, value: factor.value })),
    signals: {
      negative_feedback: signals.negativeFeedback,
      detractor_scores: signals.detractorScores,
      last_nps: signals.lastNps,
      churn_intent: signals.churnIntent,
      repeated_contacts: signals.repeatedContacts,
      days_silent_after_complaint: signals.daysSilentAfterComplaint,
    },
    last_computed_at: iso(risk.lastComputedAt),
  };
}
