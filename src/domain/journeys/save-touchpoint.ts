// Adds a touchpoint to a stage or changes it: names, the channel it happens on, the metrics it carries, its place.
import { inTransaction, isForeignKeyViolation, type Db, type Tx } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canManageJourneys } from './journeys.policy.ts';
import { findTouchpoint, lockParent, insertTouchpoint, listTouchpointsOfStage, setPositions, updateTouchpointFields, type TouchpointRow } from './journeys.repo.ts';
import { createTouchpointSchema, updateTouchpointSchema } from './journeys.schema.ts';
import { mergeNames, namesOf } from './names.ts';
import { moveTo } from './ordering.ts';

export async function createTouchpoint(db: Db, actor: Actor, stageId: string, rawInput: unknown): Promise<TouchpointRow> {
  authorize(canManageJourneys(actor), 'manage journeys');
  const input = parseInput(createTouchpointSchema, rawInput);
  return withKnownChannel(input.channel, () =>
    inTransaction(db, async (tx) => {
      if (!(await lockParent(tx, 'stages', actor.orgId, stageId))) throw new AppError('not_found', 'No such stage.');
      const siblings = await listTouchpointsOfStage(tx, actor.orgId, stageId);
      const id = await insertTouchpoint(tx, actor.orgId, stageId, { ...namesOf(input), channel: input.channel, metrics: input.metrics, position: siblings.length });
      if (input.position !== undefined) await reposition(tx, actor.orgId, stageId, id, input.position);
      return (await findTouchpoint(tx, actor.orgId, id))!;
    }),
  );
}

export async function updateTouchpoint(db: Db, actor: Actor, touchpointId: string, rawInput: unknown): Promise<TouchpointRow> {
  authorize(canManageJourneys(actor), 'manage journeys');
  const input = parseInput(updateTouchpointSchema, rawInput);
  return withKnownChannel(input.channel ?? '', () =>
    inTransaction(db, async (tx) => {
      const current = await findTouchpoint(tx, actor.orgId, touchpointId);
      if (!current) throw new AppError('not_found', 'No such touchpoint.');
      await updateTouchpointFields(tx, actor.orgId, touchpointId, {
        ...mergeNames(current, input),
        channel: input.channel ?? current.channel,
        metrics: input.metrics ?? current.metrics,
      });
      if (input.position !== undefined) await reposition(tx, actor.orgId, current.stageId, touchpointId, input.position);
      return (await findTouchpoint(tx, actor.orgId, touchpointId))!;
    }),
  );
}

async function reposition(tx: Tx, orgId: string, stageId: string, touchpointId: string, position: number): Promise<void> {
  await lockParent(tx, 'stages', orgId, stageId);
  const siblings = await listTouchpointsOfStage(tx, orgId, stageId);
  await setPositions(tx, 'touchpoints', orgId, moveTo(siblings.map((t) => t.id), touchpointId, position));
}

async function withKnownChannel<T>(channel: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw new AppError('channel_unknown', `channel: "${channel}" is not a channel of this organisation.`, [{ path: 'channel', message: 'unknown channel' }]);
    }
    throw error;
  }
}
