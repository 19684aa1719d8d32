// A survey's distributions with their funnel (sent / opened / started / completed), for the distribution page.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { findDistribution, listDistributions as listRows, type DistributionRow } from './distribution.repo.ts';
import { getSurvey } from './get-survey.ts';
import { canReadSurveys } from './surveys.policy.ts';

export async function listDistributions(db: Db, actor: Actor, surveyId: string): Promise<DistributionRow[]> {
  authorize(canReadSurveys(actor), 'read surveys');
  await getSurvey(db, actor, surveyId);
  return listRows(db, actor.orgId, surveyId);
}

export async function getDistribution(db: Db, actor: Actor, id: string): Promise<DistributionRow> {
  authorize(canReadSurveys(actor), 'read surveys');
  const row = await findDistribution(db, actor.orgId, id);
  if (!row) throw new AppError('not_found', 'No such distribution.');
  return row;
}
