// One alert with its details, for the inbox drawer and links in notifications.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canReadAlerts } from './alerts.policy.ts';
import { findAlert, type AlertRow } from './alerts.repo.ts';

export async function getAlert(db: Db, actor: Actor, id: string): Promise<AlertRow> {
  authorize(canReadAlerts(actor), 'read alerts');
  const alert = await findAlert(db, actor.orgId, id);
  if (!alert) throw new AppError('not_found', 'No such alert.');
  return alert;
}
