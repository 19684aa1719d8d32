// Teams own cases and routing, so only organisation admins shape them; everyone may see them.
import { hasRole, type Actor } from '../actor.ts';

export function canListTeams(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin', 'analyst', 'agent', 'viewer');
}

export function canManageTeams(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin');
}
