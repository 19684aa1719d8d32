// Ingest keys write feedback but cannot read it back; people read it according to their role.
import { hasRole, type Actor } from '../actor.ts';

export function canIngestFeedback(actor: Actor): boolean {
  return actor.kind === 'api_key' || hasRole(actor, 'owner', 'admin');
}

export function canReadFeedback(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin', 'analyst', 'agent', 'viewer');
}
