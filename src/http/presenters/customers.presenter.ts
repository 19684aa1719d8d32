// Public JSON shapes of customers: the directory, the 360, the timeline, merges and the export document.
import type { AuditEventRow } from '../../domain/audit/audit.repo.ts';
import type { ErasureResult } from '../../domain/customers/erase-customer.ts';
import type { CustomerExport } from '../../domain/customers/export-customer.ts';
import type { Customer360, MergeHistoryEntry } from '../../domain/customers/get-customer.ts';
import type { IdentifierRow } from '../../domain/customers/customers.repo.ts';
import type { CustomerListItem } from '../../domain/customers/list-customers.ts';
import type { TimelineEntry } from '../../domain/customers/list-customer-timeline.ts';
import type { CustomerRow } from '../../domain/identity/identity.repo.ts';
import { presentFeedback } from './feedback.presenter.ts';
import { iso } from './iso.ts';

function presentIdentifier(row: IdentifierRow) {
  return { kind: row.kind, value: row.value, first_seen_at: row.firstSeenAt.toISOString() };
}

function presentProfile(row: CustomerRow) {
  return {
    id: row.id,
    display_name: row.displayName,
    first_seen_at: iso(row.firstSeenAt),
    last_seen_at: iso(row.lastSeenAt),
    created_at: row.createdAt.toISOString(),
    erased_at: iso(row.erasedAt),
  };
}

export function presentCustomerListItem(item: CustomerListItem) {
  return {
    id: item.id,
    display_name: item.displayName,
    first_seen_at: iso(item.firstSeenAt),
    last_seen_at: iso(item.lastSeenAt),
    erased_at: iso(item.erasedAt),
    identifiers: item.identifiers.map(presentIdentifier),
    feedback_count: item.feedbackCount,
    channels: item.channels,
  };
}

export function presentMerge(merge: MergeHistoryEntry) {
  return {
    id: merge.id,
    survivor_id: merge.survivorId,
    absorbed_id: merge.absorbedId,
    cause: merge.cause,
    identifier: merge.identifierKind ? { kind: merge.identifierKind, value: merge.identifierValue } : null,
    feedback_id: merge.feedbackId,
    merged_by: { actor: merge.mergedBy, name: merge.mergedByName },
    merged_at: merge.mergedAt.toISOString(),
    unmerged_by: merge.unmergedBy ? { actor: merge.unmergedBy, name: merge.unmergedByName } : null,
    unmerged_at: iso(merge.unmergedAt),
    reversible: merge.reversible,
  };
}

export function presentCustomer360(view: Customer360) {
  const { summary } = view;
  const rating = (metric: 'nps' | 'csat' | 'ces' | 'stars') => {
    const latest = summary.latest[metric];
    return latest ? { value: latest.value, occurred_at: latest.occurredAt.toISOString(), feedback_id: latest.feedbackId, channel: latest.channel } : null;
  };
  return {
    ...presentProfile(view.customer),
    requested_id: view.requestedId,
    merged_profile_ids: view.mergedProfileIds,
    identifiers: view.identifiers.map(presentIdentifier),
    summary: {
      feedback_count: summary.feedbackCount,
      items_considered: summary.itemsConsidered,
      by_source: summary.bySource,
      by_channel: summary.byChannel,
      latest: { nps: rating('nps'), csat: rating('csat'), ces: rating('ces'), stars: rating('stars') },
      sentiment: {
        average: summary.sentiment.average,
        latest_label: summary.sentiment.latestLabel,
        trend: summary.sentiment.trend,
        points: summary.sentiment.points.map((point) => ({
          feedback_id: point.feedbackId,
          occurred_at: point.occurredAt.toISOString(),
          score: point.score,
          label: point.label,
          channel: point.channel,
        })),
      },
      themes: summary.themes.map((theme) => ({ id: theme.id, label_en: theme.labelEn, label_zh: theme.labelZh, count: theme.count, negative: theme.negative })),
      channel_path: summary.channelPath.map((step) => ({ channel: step.channel, from: step.from.toISOString(), to: step.to.toISOString(), count: step.count })),
      breakpoints: summary.breakpoints,
    },
    merges: view.merges.map(presentMerge),
  };
}

export function presentTimelineEntry(entry: TimelineEntry) {
  return { type: entry.type, occurred_at: entry.occurredAt.toISOString(), feedback: presentFeedback(entry.feedback) };
}

export function presentAuditEvent(row: AuditEventRow) {
  return { id: row.id, actor: row.actor, action: row.action, subject: row.subject, details: row.details, at: row.at.toISOString() };
}

export function presentCustomerExport(data: CustomerExport) {
  return {
    format: 'openvoc.customer-export/1',
    exported_at: data.exportedAt.toISOString(),
    customer: { ...presentProfile(data.customer), merged_profile_ids: data.mergedProfileIds },
    identifiers: data.identifiers.map(presentIdentifier),
    feedback: data.feedback.map((row) => presentFeedback(row, { withExplanation: true })),
    merges: data.merges.map((merge) => presentMerge({ ...merge, mergedByName: null, unmergedByName: null, reversible: merge.unmergedAt === null })),
    audit_events: data.auditEvents.map(presentAuditEvent),
  };
}

export function presentErasure(result: ErasureResult) {
  return {
    customer_id: result.customerId,
    erased_at: result.erasedAt.toISOString(),
    feedback_items: result.feedbackItems,
    identifiers_removed: result.identifiersRemoved,
  };
}
