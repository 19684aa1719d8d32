// A survey's latest responses with their full answers (partial ones included), for the survey page and exports.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { getSurvey } from './get-survey.ts';
import { canReadSurveys } from './surveys.policy.ts';
import { listResponses as listRows, type ResponseRow } from './surveys.repo.ts';

export async function listResponses(db: Db, actor: Actor, surveyId: string, limit = 200): Promise<ResponseRow[]> {
  authorize(canReadSurveys(actor), 'read surveys');
  await getSurvey(db, actor, surveyId);
  return listRows(db, actor.orgId, surveyId, Math.min(Math.max(limit, 1), 1000));
}
