// One survey of the actor's organisation, or not_found (also for another organisation's id).
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canReadSurveys } from './surveys.policy.ts';
import { findSurvey, type SurveyRow } from './surveys.repo.ts';

export async function getSurvey(db: Db, actor: Actor, id: string): Promise<SurveyRow> {
  authorize(canReadSurveys(actor), 'read surveys');
  const survey = await findSurvey(db, actor.orgId, id);
  if (!survey) throw new AppError('not_found', 'No such survey.');
  return survey;
}
