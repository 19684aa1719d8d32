// Adds a stage to a journey (at the end unless a position is given) or renames / moves one.
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canManageJourneys } from './journeys.policy.ts';
import { findStage, lockParent, insertStage, listStages, setPositions, updateStageNames, type StageRow } from './journeys.repo.ts';
import { createStageSchema, updateStageSchema } from './journeys.schema.ts';
import { mergeNames, namesOf } from './names.ts';
import { moveTo } from './ordering.ts';

export async function createStage(db: Db, actor: Actor, journeyId: string, rawInput: unknown): Promise<StageRow> {
  authorize(canManageJourneys(actor), 'manage journeys');
  const input = parseInput(createStageSchema, rawInput);
  return inTransaction(db, async (tx) => {
    if (!(await lockParent(tx, 'journeys', actor.orgId, journeyId))) throw new AppError('not_found', 'No such journey.');
    const siblings = await listStages(tx, actor.orgId, journeyId);
    const id = await insertStage(tx, actor.orgId, journeyId, { ...namesOf(input), position: siblings.length });
    if (input.position !== undefined) {
      await setPositions(tx, 'stages', actor.orgId, moveTo([...siblings.map((s) => s.id), id], id, input.position));
    }
    return (await findStage(tx, actor.orgId, id))!;
  });
}

export async function updateStage(db: Db, actor: Actor, stageId: string, rawInput: unknown): Promise<StageRow> {
  authorize(canManageJourneys(actor), 'manage journeys');
  const input = parseInput(updateStageSchema, rawInput);
  return inTransaction(db, async (tx) => {
    const current = await findStage(tx, actor.orgId, stageId);
    if (!current) throw new AppError('not_found', 'No such stage.');
    await lockParent(tx, 'journeys', actor.orgId, current.journeyId);
    await updateStageNames(tx, actor.orgId, stageId, mergeNames(current, input));
    if (input.position !== undefined) {
      const siblings = await listStages(tx, actor.orgId, current.journeyId);
      await setPositions(tx, 'stages', actor.orgId, moveTo(siblings.map((s) => s.id), stageId, input.position));
    }
    return (await findStage(tx, actor.orgId, stageId))!;
  });
}
