// Action plans commit departments to work, so the people who analyse and run the organisation
// (owners, admins, analysts) write them; everyone else, agents and viewers included, reads them.
import { hasRole, type Actor } from '../actor.ts';

export function canReadActionPlans(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin', 'analyst', 'agent', 'viewer');
}

export function canManageActionPlans(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin', 'analyst');
}
