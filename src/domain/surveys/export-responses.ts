// All of a survey's responses with its definition, for the CSV download CX managers open in Excel.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { getSurvey } from './get-survey.ts';
import { canReadSurveys } from './surveys.policy.ts';
import { listResponses, type ResponseRow, type SurveyRow } from './surveys.repo.ts';

export const MAX_EXPORTED_RESPONSES = 50_000;

export async function exportResponses(db: Db, actor: Actor, surveyId: string): Promise<{ survey: SurveyRow; responses: ResponseRow[] }> {
  authorize(canReadSurveys(actor), 'read surveys');
  const survey = await getSurvey(db, actor, surveyId);
  return { survey, responses: await listResponses(db, actor.orgId, surveyId, MAX_EXPORTED_RESPONSES) };
}
