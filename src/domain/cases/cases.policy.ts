// Who may do what with cases. Agents work the cases of their own teams (and the ones assigned to them);
// analysts and admins see every case; viewers read without changing anything. Settings (routing, SLAs,
// business hours, templates) are for owners and admins.
import { hasRole, type Actor } from '../actor.ts';

export function canReadCases(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin', 'analyst', 'agent', 'viewer');
}

/** Sees every case of the organisation, not only those of their teams. */
export function canReadAllCases(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin', 'analyst', 'viewer');
}

/** Opens, assigns, replies, notes, changes status — on the cases they can see. */
export function canWorkCases(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin', 'analyst', 'agent');
}

export function canManageCaseSettings(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin');
}
