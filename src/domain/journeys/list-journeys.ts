// The organisation's journeys with their size, for the settings list and report pickers.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canReadJourneys } from './journeys.policy.ts';
import { listJourneys as selectJourneys, type JourneySummary } from './journeys.repo.ts';

export async function listJourneys(db: Db, actor: Actor): Promise<JourneySummary[]> {
  authorize(canReadJourneys(actor), 'see journeys');
  return selectJourneys(db, actor.orgId);
}
