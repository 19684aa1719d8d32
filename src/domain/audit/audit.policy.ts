// The audit trail shows who exported, erased and merged customers' data: for the people who answer for it.
import { hasRole, type Actor } from '../actor.ts';

export function canReadAuditLog(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin');
}
