// Joining and splitting customer profiles changes what every reader sees about a person: owners and admins only.
import { hasRole, type Actor } from '../actor.ts';

export function canMergeCustomers(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin');
}
