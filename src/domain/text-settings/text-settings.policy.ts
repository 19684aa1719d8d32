// The taxonomy decides what every report calls a theme, so only admins change it.
import { hasRole, type Actor } from '../actor.ts';

export function canReadTextSettings(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin', 'analyst', 'agent', 'viewer');
}

export function canManageTextSettings(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin');
}
