// Deletes a rule; the alerts it raised go with it (they make no sense without the rule's name and intent).
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canManageAlertRules } from './alerts.policy.ts';
import { deleteRule } from './alerts.repo.ts';

export async function deleteAlertRule(db: Db, actor: Actor, id: string): Promise<void> {
  authorize(canManageAlertRules(actor), 'manage alert rules');
  if (!(await deleteRule(db, actor.orgId, id))) throw new AppError('not_found', 'No such alert rule.');
}
