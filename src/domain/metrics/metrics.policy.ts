// Metrics summarise what customers said; everyone signed in may read them. Ingest keys may not:
// a key leaked from a website must not reveal how the business is doing.
import { hasRole, type Actor } from '../actor.ts';

export function canReadMetrics(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin', 'analyst', 'agent', 'viewer');
}
