// Channels hold webhook URLs and signing secrets, so only owners and admins see or change them.
import { hasRole, type Actor } from '../actor.ts';

export function canManageNotificationChannels(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin');
}
