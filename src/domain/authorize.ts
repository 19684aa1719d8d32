// Turns a policy answer into the one error every route maps to 403.
import { AppError } from '../errors.ts';

export function authorize(allowed: boolean, what: string): void {
  if (!allowed) throw new AppError('forbidden', `You are not allowed to ${what}.`);
}
