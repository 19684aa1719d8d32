// Who may manage people in an organisation. Admins run the team, but only owners touch owners.
import { hasRole, type Actor, type Role } from '../actor.ts';

export function canListUsers(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin', 'analyst', 'agent', 'viewer');
}

export function canManageUsers(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin');
}

export function canGrantRole(actor: Actor, role: Role): boolean {
  return role === 'owner' ? hasRole(actor, 'owner') : canManageUsers(actor);
}

export function canChangeUser(actor: Actor, target: { role: Role }): boolean {
  return target.role === 'owner' ? hasRole(actor, 'owner') : canManageUsers(actor);
}
