// Who is acting. Every use case takes one, and every query is scoped by its orgId.

export const roles = ['owner', 'admin', 'analyst', 'agent', 'viewer'] as const;
export type Role = (typeof roles)[number];

export type Actor =
  | { kind: 'user'; orgId: string; userId: string; role: Role }
  | { kind: 'api_key'; orgId: string; apiKeyId: string }
  // The CLI, jobs and the demo loader act for an organisation with full rights.
  | { kind: 'system'; orgId: string };

export function systemActor(orgId: string): Actor {
  return { kind: 'system', orgId };
}

export function hasRole(actor: Actor, ...allowed: Role[]): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && allowed.includes(actor.role));
}

export function isUser(actor: Actor): actor is Extract<Actor, { kind: 'user' }> {
  return actor.kind === 'user';
}
