// Everyone signed in reads customer profiles (agents need the 360 to answer without making the customer
// repeat themselves); exporting and erasing personal data is for owners and admins.
import { hasRole, type Actor } from '../actor.ts';

export function canReadCustomers(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin', 'analyst', 'agent', 'viewer');
}

export function canExportCustomer(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin');
}

export function canEraseCustomer(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin');
}
