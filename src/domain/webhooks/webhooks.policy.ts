// Inbound webhooks let another system write feedback: set up by owners and admins, like API keys.
import { hasRole, type Actor } from '../actor.ts';

export function canManageWebhooks(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin');
}
