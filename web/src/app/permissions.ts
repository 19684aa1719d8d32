import type { Role } from '../api/types.ts';

// Mirrors the server's policy so the UI does not offer what would be refused; the server still
// enforces it on every request.
export function canEditSettings(role: Role): boolean {
  return role === 'owner' || role === 'admin';
}

/** Sees every case of the organisation (agents see only their teams' and their own). */
export function canReadAllCases(role: Role): boolean {
  return role !== 'agent';
}

/** Opens, assigns, replies to and resolves cases; viewers only read. */
export function canWorkCases(role: Role): boolean {
  return role !== 'viewer';
}
