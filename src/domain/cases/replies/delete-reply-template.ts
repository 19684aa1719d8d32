// Deletes a reply template; replies already written from it keep their text.
import type { Db } from '../../../db/pool.ts';
import { AppError } from '../../../errors.ts';
import type { Actor } from '../../actor.ts';
import { authorize } from '../../authorize.ts';
import { canManageCaseSettings } from '../cases.policy.ts';
import { deleteTemplate } from './case-replies.repo.ts';

export async function deleteReplyTemplate(db: Db, actor: Actor, id: string): Promise<void> {
  authorize(canManageCaseSettings(actor), 'manage reply templates');
  if (!(await deleteTemplate(db, actor.orgId, id))) throw new AppError('not_found', 'No such reply template.');
}
