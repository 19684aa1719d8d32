// Deleting structure that feedback points to would silently detach history from the journey map,
// so such deletes are refused with a clear reason instead.
import { isForeignKeyViolation } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';

export async function refuseIfFeedbackRefers<T>(what: string, remove: () => Promise<T>): Promise<T> {
  try {
    return await remove();
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw new AppError('touchpoint_in_use', `This ${what} has touchpoints that feedback refers to, so it cannot be deleted.`);
    }
    throw error;
  }
}
