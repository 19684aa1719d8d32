// Deletes a journey with its stages and touchpoints, unless feedback refers to them.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canManageJourneys } from './journeys.policy.ts';
import { deleteJourney as deleteJourneyRow } from './journeys.repo.ts';
import { refuseIfFeedbackRefers } from './refuse-if-feedback-refers.ts';

export async function deleteJourney(db: Db, actor: Actor, journeyId: string): Promise<void> {
  authorize(canManageJourneys(actor), 'manage journeys');
  const deleted = await refuseIfFeedbackRefers('journey', () => deleteJourneyRow(db, actor.orgId, journeyId));
  if (!deleted) throw new AppError('not_found', 'No such journey.');
}
