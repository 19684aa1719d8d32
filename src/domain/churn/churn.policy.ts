// Everyone who reads customers reads their churn risk; it is an estimate, not personal data.
import { hasRole, type Actor } from '../actor.ts';

export function canReadChurnRisk(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin', 'analyst', 'agent', 'viewer');
}
