import type { Role } from '../api/types.ts';

// Mirrors the server's policy so the UI does not offer what would be refused; the server still
// enforces it on every request.
export function canEditSettings(role: Role): boolean {
  return role === 'owner' || role === 'admin';
}
