// How an actor is written in the audit trail and in merge records: a stable, typed reference.
import type { Actor } from '../actor.ts';

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return `user:${actor.userId}`;
    case 'api_key':
      return `api_key:${actor.apiKeyId}`;
    default:
      return 'system';
  }
}
