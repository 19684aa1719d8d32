// The scheduled job behind aggregate rules: for every enabled rule, compares the recent window with the
// baseline window just before it (tests in anomaly-tests.ts) and raises an alert when the test fires.
import type { Db } from '../../db/pool.ts';
import { countItems, listEnabledRules, npsMoments, themeCounts, type RuleRow } from './alerts.repo.ts';
import { aggregateConditionSchema, type AggregateCondition } from './alerts.schema.ts';
import { npsDropTest, themeSpikeTest, volumeDropTest } from './anomaly-tests.ts';
import { raiseAlert, type AlertCandidate } from './raise-alert.ts';

const HOUR = 3_600_000;

function windows(condition: { recent_hours: number; baseline_days: number }, now: Date) {
  const recentFrom = new Date(now.getTime() - condition.recent_hours * HOUR);
  const baselineFrom = new Date(recentFrom.getTime() - condition.baseline_days * 24 * HOUR);
  return { recentFrom, baselineFrom, ratio: condition.recent_hours / (condition.baseline_days * 24) };
}

const scopeLabel = (condition: { channel?: string | undefined; touchpoint_id?: string | undefined; source?: string | undefined }) =>
  [condition.touchpoint_id && `touchpoint ${condition.touchpoint_id}`, condition.channel && `channel ${condition.channel}`, condition.source && `source ${condition.source}`].filter(Boolean).join(', ') || 'all feedback';

async function findings(db: Db, rule: RuleRow, condition: AggregateCondition, now: Date): Promise<AlertCandidate[]> {
  const { recentFrom, baselineFrom, ratio } = windows(condition, now);
  const scope = { touchpointId: 'touchpoint_id' in condition ? condition.touchpoint_id : undefined, channel: condition.channel, source: 'source' in condition ? condition.source : undefined };
  const base = { customerId: null, feedbackId: null };
  if (condition.test === 'nps_drop') {
    const [recent, baseline] = await Promise.all([npsMoments(db, rule.orgId, recentFrom, now, scope), npsMoments(db, rule.orgId, baselineFrom, recentFrom, scope)]);
    const result = npsDropTest(recent, baseline, { minSamples: condition.min_samples, zThreshold: condition.z_threshold });
    if (!result.fires) return [];
    return [{
      ...base,
      subject: `nps_drop:${scopeLabel(condition)}`,
      title: `${rule.name} · NPS ${result.baselineNps} → ${result.recentNps} (${scopeLabel(condition)})`,
      lines: [`NPS last ${condition.recent_hours} h: ${result.recentNps} (n=${recent.n})`, `baseline ${condition.baseline_days} d: ${result.baselineNps} (n=${baseline.n})`, `two-sample z = ${result.z} (threshold −${condition.z_threshold})`],
      details: { test: 'nps_drop', z: result.z, recent_nps: result.recentNps, baseline_nps: result.baselineNps, recent_n: recent.n, baseline_n: baseline.n },
    }];
  }
  if (condition.test === 'theme_spike') {
    const [recent, baseline] = await Promise.all([themeCounts(db, rule.orgId, recentFrom, now, scope), themeCounts(db, rule.orgId, baselineFrom, recentFrom, scope)]);
    const themes = condition.theme ? [condition.theme] : [...recent.themes.keys()];
    return themes.flatMap((theme) => {
      const hits = recent.themes.get(theme) ?? 0;
      const result = themeSpikeTest({ hits, n: recent.total }, { hits: baseline.themes.get(theme) ?? 0, n: baseline.total }, { minCount: condition.min_count, alpha: condition.alpha });
      if (!result.fires) return [];
      const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
      return [{
        ...base,
        subject: `theme_spike:${theme}:${scopeLabel(condition)}`,
        title: `${rule.name} · theme “${theme}” ${pct(result.baselineShare)} → ${pct(result.recentShare)}`,
        lines: [`last ${condition.recent_hours} h: ${hits} of ${recent.total} items (${pct(result.recentShare)})`, `baseline ${condition.baseline_days} d share: ${pct(result.baselineShare)}`, `binomial test p = ${result.pValue.toExponential(2)} (α ${condition.alpha})`],
        details: { test: 'theme_spike', theme, hits, n: recent.total, recent_share: result.recentShare, baseline_share: result.baselineShare, p_value: result.pValue },
      }];
    });
  }
  const [recentCount, baselineCount] = await Promise.all([countItems(db, rule.orgId, recentFrom, now, scope), countItems(db, rule.orgId, baselineFrom, recentFrom, scope)]);
  const result = volumeDropTest(recentCount, baselineCount, ratio, { minExpected: condition.min_expected, alpha: condition.alpha });
  if (!result.fires) return [];
  return [{
    ...base,
    subject: `volume_drop:${scopeLabel(condition)}`,
    title: `${rule.name} · ${recentCount} items in ${condition.recent_hours} h, ~${result.expected} expected (${scopeLabel(condition)})`,
    lines: [`received last ${condition.recent_hours} h: ${recentCount}`, `expected from the ${condition.baseline_days}-day baseline: ${result.expected}`, `Poisson test p = ${result.pValue.toExponential(2)} (α ${condition.alpha}) — is a collection channel broken?`],
    details: { test: 'volume_drop', count: recentCount, expected: result.expected, p_value: result.pValue },
  }];
}

export async function evaluateAggregateRules(db: Db, now = new Date(), orgId: string | null = null): Promise<{ rules: number; raised: number }> {
  const rules = await listEnabledRules(db, orgId, 'aggregate');
  let raised = 0;
  for (const rule of rules) {
    const condition = aggregateConditionSchema.safeParse(rule.condition);
    if (!condition.success) continue;
    for (const candidate of await findings(db, rule, condition.data, now)) {
      if (!(await raiseAlert(db, rule, candidate)).deduplicated) raised++;
    }
  }
  return { rules: rules.length, raised };
}
