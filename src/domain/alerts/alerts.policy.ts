// Admins decide what raises alerts; everyone in the organisation reads them; the people who handle
// customers (agents, analysts and up) acknowledge, snooze and resolve them.
import { hasRole, type Actor } from '../actor.ts';

export function canManageAlertRules(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin');
}

export function canReadAlerts(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin', 'analyst', 'agent', 'viewer');
}

export function canHandleAlerts(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin', 'analyst', 'agent');
}
