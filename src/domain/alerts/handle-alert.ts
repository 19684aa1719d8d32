// Acknowledge, snooze until a moment, resolve or reopen an alert from the inbox.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import { isUser, type Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput, validationFailed } from '../parse-input.ts';
import { canHandleAlerts } from './alerts.policy.ts';
import { findAlert, setAlertStatus, type AlertRow } from './alerts.repo.ts';
import { alertActionSchema, type AlertStatus } from './alerts.schema.ts';

export async function handleAlert(db: Db, actor: Actor, id: string, rawInput: unknown): Promise<AlertRow> {
  authorize(canHandleAlerts(actor), 'handle alerts');
  const input = parseInput(alertActionSchema, rawInput);
  let snoozedUntil: Date | null = null;
  if (input.action === 'snooze') {
    snoozedUntil = new Date(input.until);
    if (snoozedUntil.getTime() <= Date.now()) throw validationFailed([{ path: 'until', message: 'snooze until a moment in the future' }]);
  }
  const status: AlertStatus = { acknowledge: 'acknowledged', snooze: 'snoozed', resolve: 'resolved', reopen: 'open' }[input.action] as AlertStatus;
  const changed = await setAlertStatus(db, actor.orgId, id, { status, snoozedUntil, acknowledgedBy: isUser(actor) ? actor.userId : null });
  if (!changed) throw new AppError('not_found', 'No such alert.');
  return (await findAlert(db, actor.orgId, id))!;
}
