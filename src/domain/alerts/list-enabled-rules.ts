// The enabled rules of one kind in one organisation, for evaluators in other capabilities (churn).
import type { Db } from '../../db/pool.ts';
import { listEnabledRules, type RuleRow } from './alerts.repo.ts';

export function listEnabledRulesOf(db: Db, orgId: string, kind: RuleRow['kind']): Promise<RuleRow[]> {
  return listEnabledRules(db, orgId, kind);
}
