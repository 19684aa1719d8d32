// Importing files writes feedback in bulk: for owners and admins, who may ingest.
import { hasRole, type Actor } from '../actor.ts';

export function canImportFeedback(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin');
}
