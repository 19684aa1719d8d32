// The in-app alert inbox: newest first, filtered by status, kind, severity, rule or customer.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canReadAlerts } from './alerts.policy.ts';
import { listAlerts as listAlertRows, type AlertRow } from './alerts.repo.ts';
import { alertFilterSchema } from './alerts.schema.ts';

export async function listAlerts(db: Db, actor: Actor, rawQuery: unknown): Promise<AlertRow[]> {
  authorize(canReadAlerts(actor), 'read alerts');
  return listAlertRows(db, actor.orgId, parseInput(alertFilterSchema, rawQuery));
}
