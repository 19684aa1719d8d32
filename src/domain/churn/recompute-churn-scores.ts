// The scheduled churn early warning: recomputes the risk of every customer active in the last 90 days,
// stores it, and raises an alert (rules of kind 'churn') when a customer crosses the rule's threshold.
import type { Db } from '../../db/pool.ts';
import { CHURN_PHRASES, churnConditionSchema } from '../alerts/alerts.schema.ts';
import { listEnabledRulesOf } from '../alerts/list-enabled-rules.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { scoreChurn } from './churn-score.ts';
import { churnSignals, orgsWithCustomerFeedback, storedScores, upsertScores } from './churn.repo.ts';

export async function recomputeChurnScores(db: Db, onlyOrgId: string | null = null): Promise<{ customers: number; raised: number }> {
  let customers = 0;
  let raised = 0;
  for (const orgId of onlyOrgId ? [onlyOrgId] : await orgsWithCustomerFeedback(db)) {
    const previous = await storedScores(db, orgId);
    const scored = (await churnSignals(db, orgId, CHURN_PHRASES, null)).map(({ customerId, signals }) => ({ customerId, signals, ...scoreChurn(signals) }));
    for (let i = 0; i < scored.length; i += 5000) {
      await upsertScores(db, orgId, scored.slice(i, i + 5000).map(({ customerId, score, factors }) => ({ customerId, score, factors })));
    }
    customers += scored.length;
    for (const rule of await listEnabledRulesOf(db, orgId, 'churn')) {
      const { threshold } = churnConditionSchema.parse(rule.condition);
      for (const risk of scored) {
        // Only a crossing alerts: a customer who stays above the threshold was reported already.
        if (risk.score < threshold || (previous.get(risk.customerId) ?? 0) >= threshold) continue;
        const top = risk.factors.slice(0, 3);
        const result = await raiseAlert(db, rule, {
          subject: `customer:${risk.customerId}`,
          title: `${rule.name} · churn risk ${risk.score}/100`,
          lines: [`customer: ${risk.customerId}`, `risk ${risk.score} ≥ threshold ${threshold}`, ...top.map((factor) => `${factor.id}: +${Math.round(factor.points)} (${factor.value})`)],
          customerId: risk.customerId,
          feedbackId: null,
          details: { score: risk.score, threshold, factors: risk.factors },
        });
        if (!result.deduplicated) raised++;
      }
    }
  }
  return { customers, raised };
}
