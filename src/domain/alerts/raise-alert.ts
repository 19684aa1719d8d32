// Raises alerts for rules and subjects, or — when the same rule fired for the same subject within the
// rule's de-duplication window — counts them on the existing alert without notifying anyone again.
// Works on a whole batch of candidates at once (one lock query, one lookup, one insert, one delivery
// job), which is what keeps ingest-to-webhook latency low under a sustained stream.
import { randomUUID } from 'node:crypto';
import { inTransaction, type Db } from '../../db/pool.ts';
import { openCaseFromAlert } from '../cases/open-case-from-alert.ts';
import { notifyAlerts, type AlertNotice } from '../notifications/notify-alert.ts';
import { bumpAlerts, findDedupTargets, insertAlerts, lockDedupKeys, type NewAlert, type RuleRow } from './alerts.repo.ts';

export interface AlertCandidate {
  subject: string;
  title: string;
  lines: string[];
  customerId: string | null;
  feedbackId: string | null;
  details: Record<string, unknown>;
}

interface Group {
  rule: RuleRow;
  key: string;
  candidates: AlertCandidate[];
}

/** Candidates in order of arrival; returns how many new alerts were raised (the rest were counted on existing ones). */
export async function raiseAlerts(db: Db, candidates: ReadonlyArray<{ rule: RuleRow; candidate: AlertCandidate }>): Promise<{ raised: number; deduplicated: number }> {
  if (candidates.length === 0) return { raised: 0, deduplicated: 0 };
  // Candidates sharing a rule and subject are one alert (unless the rule does not de-duplicate).
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  for (const { rule, candidate } of candidates) {
    const key = `${rule.id}:${candidate.subject}`;
    const existing = rule.dedupMinutes > 0 ? byKey.get(key) : undefined;
    if (existing) existing.candidates.push(candidate);
    else {
      const group = { rule, key, candidates: [candidate] };
      groups.push(group);
      if (rule.dedupMinutes > 0) byKey.set(key, group);
    }
  }
  return inTransaction(db, async (tx) => {
    const deduplicating = groups.filter((group) => group.rule.dedupMinutes > 0);
    await lockDedupKeys(tx, candidates[0]!.rule.orgId, deduplicating.map((group) => group.key));
    const orgId = candidates[0]!.rule.orgId;
    const targets = await findDedupTargets(tx, orgId, deduplicating.map((group) => ({ key: group.key, windowMinutes: group.rule.dedupMinutes })));
    const feedbackIdsOf = (group: Group) => group.candidates.flatMap((c) => (c.feedbackId ? [c.feedbackId] : [])).reverse();
    const latest = (group: Group) => group.candidates.at(-1)!;
    await bumpAlerts(tx, orgId, groups.flatMap((group) => {
      const id = targets.get(group.key);
      return id ? [{ id, add: group.candidates.length, feedbackIds: feedbackIdsOf(group), details: latest(group).details }] : [];
    }));
    const fresh = groups.filter((group) => !targets.has(group.key)).map((group) => {
      const first = group.candidates[0]!;
      const alert: NewAlert & { id: string } = {
        id: randomUUID(),
        ruleId: group.rule.id,
        kind: group.rule.kind,
        dedupKey: group.key,
        title: first.title,
        severity: group.rule.severity,
        customerId: first.customerId,
        feedbackIds: feedbackIdsOf(group),
        count: group.candidates.length,
        details: latest(group).details,
      };
      return { group, alert };
    });
    await insertAlerts(tx, orgId, fresh.map(({ alert }) => alert));
    // Rules that open cases do it in this transaction, so the alert and its case commit together.
    const freshIds = new Map(fresh.map(({ group, alert }) => [group, alert.id]));
    for (const group of groups) {
      const priority = group.rule.kind === 'item' ? group.rule.openCasePriority : null;
      const alertId = priority ? (targets.get(group.key) ?? freshIds.get(group)) : undefined;
      if (priority && alertId) await openCaseFromAlert(tx, orgId, alertId, feedbackIdsOf(group), priority);
    }
    const now = new Date().toISOString();
    const notices: AlertNotice[] = fresh.map(({ group, alert }) => ({
      ruleId: group.rule.id,
      alertId: alert.id,
      maxPerHour: group.rule.maxPerHour,
      message: {
        event: 'alert.raised',
        title: alert.title,
        severity: alert.severity,
        lines: group.candidates[0]!.lines,
        alert: {
          id: alert.id,
          rule_id: group.rule.id,
          rule_name: group.rule.name,
          kind: group.rule.kind,
          count: alert.count,
          customer_id: alert.customerId,
          feedback_ids: alert.feedbackIds,
          details: alert.details,
          first_seen_at: now,
        },
        sent_at: now,
      },
    }));
    await notifyAlerts(tx, orgId, notices);
    return { raised: fresh.length, deduplicated: candidates.length - fresh.length };
  });
}

export async function raiseAlert(db: Db, rule: RuleRow, candidate: AlertCandidate): Promise<{ deduplicated: boolean }> {
  const { raised } = await raiseAlerts(db, [{ rule, candidate }]);
  return { deduplicated: raised === 0 };
}
