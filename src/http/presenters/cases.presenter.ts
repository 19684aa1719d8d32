// Public JSON shapes of cases, their timeline events, replies and routing rules.
import type { RoutingRuleRow } from '../../domain/cases/case-routing.repo.ts';
import { slaStateOf } from '../../domain/cases/case-sla-state.ts';
import type { CaseEventRow, CaseRow } from '../../domain/cases/cases.repo.ts';
import type { CaseDetail } from '../../domain/cases/get-case-detail.ts';
import { presentReply } from './case-replies.presenter.ts';
import { presentFeedback } from './feedback.presenter.ts';
import { iso } from './iso.ts';

export function presentCase(row: CaseRow) {
  const sla = slaStateOf(row);
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    status: row.status,
    priority: row.priority,
    source: row.source,
    alert_id: row.alertId,
    customer: row.customerId ? { id: row.customerId, display_name: row.customerName } : null,
    team: row.teamId ? { id: row.teamId, name: row.teamName } : null,
    assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName } : null,
    channel: row.channel,
    touchpoint_id: row.touchpointId,
    themes: row.themes,
    lang: row.lang,
    location: row.location,
    customer_tier: row.customerTier,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    first_response_due_at: iso(row.firstResponseDueAt),
    resolution_due_at: iso(row.resolutionDueAt),
    first_responded_at: iso(row.firstRespondedAt),
    resolved_at: iso(row.resolvedAt),
    closed_at: iso(row.closedAt),
    escalated_at: iso(row.escalatedAt),
    sla: { first_response: sla.firstResponse, resolution: sla.resolution },
    transfer_count: row.transferCount,
    reopen_count: row.reopenCount,
    reply_count: row.replyCount,
    root_cause: row.rootCause,
    resolution_code: row.resolutionCode,
    resolution_note: row.resolutionNote,
    feedback_count: row.feedbackCount,
    resurvey_feedback_id: row.resurveyFeedbackId,
  };
}

export function presentCaseEvent(event: CaseEventRow) {
  return {
    id: event.id,
    kind: event.kind,
    actor: event.actorId ? { id: event.actorId, name: event.actorName } : null,
    details: event.details,
    created_at: event.createdAt.toISOString(),
  };
}

export function presentCaseDetail(detail: CaseDetail) {
  return {
    ...presentCase(detail),
    // With the explanation, so the agent sees the evidence without one request per item.
    feedback: detail.feedback.map((row) => presentFeedback(row, { withExplanation: true })),
    events: detail.events.map(presentCaseEvent),
    replies: detail.replies.map(presentReply),
  };
}

export function presentRoutingRule(rule: RoutingRuleRow) {
  const conditions = rule.conditions;
  return {
    id: rule.id,
    name: rule.name,
    position: rule.position,
    enabled: rule.enabled,
    conditions: {
      themes: conditions.themes ?? [],
      channels: conditions.channels ?? [],
      touchpoint_ids: conditions.touchpoint_ids ?? [],
      locations: conditions.locations ?? [],
      tiers: conditions.tiers ?? [],
      languages: conditions.languages ?? [],
    },
    team_id: rule.teamId,
    team: { id: rule.teamId, name: rule.teamName },
    assignment: rule.assignment,
    priority: rule.priority,
    created_at: rule.createdAt.toISOString(),
    updated_at: rule.updatedAt.toISOString(),
  };
}
