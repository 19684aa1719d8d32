// The job the feedback trigger enqueues for every inserted batch: checks the new items against the
// organisation's enabled item rules and raises (or de-duplicates) an alert for every match — all in one
// transaction with one delivery job, so a burst of matches costs one commit and one job, not hundreds.
import type { Db } from '../../db/pool.ts';
import { listEnabledRules, loadItemFacts, type RuleRow } from './alerts.repo.ts';
import { itemConditionSchema } from './alerts.schema.ts';
import { matchesItem, type ItemFacts } from './item-conditions.ts';
import { raiseAlerts, type AlertCandidate } from './raise-alert.ts';

function describeItem(item: ItemFacts): string[] {
  const ratings = (['nps', 'csat', 'ces', 'stars'] as const).flatMap((key) => (item[key] === null ? [] : [`${key.toUpperCase()} ${item[key]}`]));
  const excerpt = item.textRedacted ? `“${item.textRedacted.length > 160 ? `${item.textRedacted.slice(0, 160)}…` : item.textRedacted}”` : null;
  return [
    `channel: ${item.channel}${item.breakpointFrom && item.breakpointTo ? ` (breakpoint ${item.breakpointFrom} → ${item.breakpointTo})` : ''}`,
    ...(ratings.length ? [ratings.join(' · ')] : []),
    ...(item.sentimentLabel ? [`sentiment: ${item.sentimentLabel}`] : []),
    ...(item.themes.length ? [`themes: ${item.themes.join(', ')}`] : []),
    ...(excerpt ? [excerpt] : []),
    `feedback: ${item.id}`,
  ];
}

export async function evaluateNewFeedback(db: Db, orgId: string, ids: readonly string[]): Promise<{ matched: number; raised: number }> {
  const rules = (await listEnabledRules(db, orgId, 'item')).flatMap((rule) => {
    const condition = itemConditionSchema.safeParse(rule.condition);
    return condition.success ? [{ rule, condition: condition.data }] : [];
  });
  if (rules.length === 0) return { matched: 0, raised: 0 };
  const items = await loadItemFacts(db, orgId, ids);
  const matches: Array<{ rule: RuleRow; candidate: AlertCandidate }> = [];
  for (const item of items) {
    for (const { rule, condition } of rules) {
      if (!matchesItem(item, condition)) continue;
      // The subject is the customer when known (one alert per unhappy customer), otherwise the item.
      matches.push({
        rule,
        candidate: {
          subject: item.customerId ? `customer:${item.customerId}` : `item:${item.id}`,
          title: `${rule.name} · ${item.channel}${item.nps !== null ? ` · NPS ${item.nps}` : ''}`,
          lines: describeItem(item),
          customerId: item.customerId,
          feedbackId: item.id,
          details: { feedback_id: item.id, channel: item.channel, nps: item.nps, sentiment: item.sentimentLabel, themes: item.themes },
        },
      });
    }
  }
  const { raised } = await raiseAlerts(db, matches);
  return { matched: matches.length, raised };
}
