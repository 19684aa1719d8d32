// The organisation's surveys with their response counts, newest first, for the surveys list.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canReadSurveys } from './surveys.policy.ts';
import { listSurveys as listSurveyRows, type SurveyRow } from './surveys.repo.ts';

export async function listSurveys(db: Db, actor: Actor): Promise<SurveyRow[]> {
  authorize(canReadSurveys(actor), 'read surveys');
  return listSurveyRows(db, actor.orgId);
}
