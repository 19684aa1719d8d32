// Channels shape every report, so only admins change them; everyone reads them.
import { hasRole, type Actor } from '../actor.ts';

export function canReadChannels(actor: Actor): boolean {
  return actor.kind === 'api_key' || hasRole(actor, 'owner', 'admin', 'analyst', 'agent', 'viewer');
}

export function canManageChannels(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin');
}
