import type { Role } from '../../api/types.ts';

// Mirrors surveys.policy.ts so the UI does not offer what the server would refuse.
export function canBuildSurveys(role: Role): boolean {
  return role === 'owner' || role === 'admin' || role === 'analyst';
}

export function canManageDelivery(role: Role): boolean {
  return role === 'owner' || role === 'admin';
}
