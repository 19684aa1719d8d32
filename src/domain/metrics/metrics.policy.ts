// Metrics summarise what customers said; everyone signed in may read them. Ingest keys may not:
// a key leaked from a website must not reveal how the business is doing.
import { hasRole, type Actor } from '../actor.ts';

export function canReadMetrics(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin', 'analyst', 'agent', 'viewer');
}

// Who receives the organisation's summary e-mail (and sends it now) is an admin decision: the
// recipients' addresses are staff data and each send reaches their inboxes.
export function canManageSummarySchedule(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin');
}
