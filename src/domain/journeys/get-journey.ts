// One journey as a tree: stages in order, each with its touchpoints in order.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canReadJourneys } from './journeys.policy.ts';
import { findJourney, listStages, listTouchpointsOfJourney, type Named, type StageRow, type TouchpointRow } from './journeys.repo.ts';

export interface JourneyTree extends Named {
  id: string;
  description: string;
  stages: Array<StageRow & { touchpoints: TouchpointRow[] }>;
}

export async function getJourney(db: Db, actor: Actor, journeyId: string): Promise<JourneyTree> {
  authorize(canReadJourneys(actor), 'see journeys');
  const journey = await findJourney(db, actor.orgId, journeyId);
  if (!journey) throw new AppError('not_found', 'No such journey.');
  const [stages, touchpoints] = await Promise.all([listStages(db, actor.orgId, journeyId), listTouchpointsOfJourney(db, actor.orgId, journeyId)]);
  return { ...journey, stages: stages.map((stage) => ({ ...stage, touchpoints: touchpoints.filter((t) => t.stageId === stage.id) })) };
}
