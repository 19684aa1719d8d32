// Everyone in the organisation sees its surveys; analysts and admins build and send them; only
// admins hold the delivery settings (SMTP password, SMS webhook credentials).
import { hasRole, type Actor } from '../actor.ts';

export function canReadSurveys(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin', 'analyst', 'agent', 'viewer');
}

export function canManageSurveys(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin', 'analyst');
}

export function canManageSurveySettings(actor: Actor): boolean {
  return hasRole(actor, 'owner', 'admin');
}

/** Backends make personal links for their own messages (WeChat template messages, receipts) with an API key. */
export function canCreateSurveyLinks(actor: Actor): boolean {
  return actor.kind === 'api_key' || canManageSurveys(actor);
}
