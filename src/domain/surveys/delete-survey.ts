// Removes a survey with its responses and distributions; feedback items it produced stay, as they
// are part of the organisation's history.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canManageSurveys } from './surveys.policy.ts';
import { deleteSurvey as deleteSurveyRow } from './surveys.repo.ts';

export async function deleteSurvey(db: Db, actor: Actor, id: string): Promise<void> {
  authorize(canManageSurveys(actor), 'manage surveys');
  if (!(await deleteSurveyRow(db, actor.orgId, id))) throw new AppError('not_found', 'No such survey.');
}
