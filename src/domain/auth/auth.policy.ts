// Who may manage credentials of the organisation.
import { hasRole, type Actor } from '../actor.ts';

export function canManageApiKeys(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin');
}
