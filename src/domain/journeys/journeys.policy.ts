// Journeys are the organisation's map of its customers; admins draw it, everyone reads it.
import { hasRole, type Actor } from '../actor.ts';

export function canReadJourneys(actor: Actor): boolean {
  return actor.kind === 'api_key' || hasRole(actor, 'owner', 'admin', 'analyst', 'agent', 'viewer');
}

export function canManageJourneys(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin');
}
