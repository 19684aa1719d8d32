// Deletes a stage and its touchpoints (unless feedback refers to them) and closes the gap in positions.
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canManageJourneys } from './journeys.policy.ts';
import { deleteStage as deleteStageRow, findStage, listStages, setPositions } from './journeys.repo.ts';
import { refuseIfFeedbackRefers } from './refuse-if-feedback-refers.ts';

export async function deleteStage(db: Db, actor: Actor, stageId: string): Promise<void> {
  authorize(canManageJourneys(actor), 'manage journeys');
  await refuseIfFeedbackRefers('stage', () =>
    inTransaction(db, async (tx) => {
      const stage = await findStage(tx, actor.orgId, stageId);
      if (!stage) throw new AppError('not_found', 'No such stage.');
      await deleteStageRow(tx, actor.orgId, stageId);
      const remaining = await listStages(tx, actor.orgId, stage.journeyId);
      await setPositions(tx, 'stages', actor.orgId, remaining.map((s) => s.id));
    }),
  );
}
