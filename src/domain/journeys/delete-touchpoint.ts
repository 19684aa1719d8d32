// Deletes a touchpoint that no feedback refers to, and closes the gap in its stage.
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canManageJourneys } from './journeys.policy.ts';
import { deleteTouchpoint as deleteTouchpointRow, findTouchpoint, listTouchpointsOfStage, setPositions } from './journeys.repo.ts';
import { refuseIfFeedbackRefers } from './refuse-if-feedback-refers.ts';

export async function deleteTouchpoint(db: Db, actor: Actor, touchpointId: string): Promise<void> {
  authorize(canManageJourneys(actor), 'manage journeys');
  await refuseIfFeedbackRefers('touchpoint', () =>
    inTransaction(db, async (tx) => {
      const touchpoint = await findTouchpoint(tx, actor.orgId, touchpointId);
      if (!touchpoint) throw new AppError('not_found', 'No such touchpoint.');
      await deleteTouchpointRow(tx, actor.orgId, touchpointId);
      const remaining = await listTouchpointsOfStage(tx, actor.orgId, touchpoint.stageId);
      await setPositions(tx, 'touchpoints', actor.orgId, remaining.map((t) => t.id));
    }),
  );
}
