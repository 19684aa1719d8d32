// Creates a journey or changes its names and description.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { getJourney, type JourneyTree } from './get-journey.ts';
import { canManageJourneys } from './journeys.policy.ts';
import { findJourney, insertJourney, updateJourney as updateJourneyRow } from './journeys.repo.ts';
import { createJourneySchema, updateJourneySchema } from './journeys.schema.ts';
import { mergeNames } from './names.ts';

export async function createJourney(db: Db, actor: Actor, rawInput: unknown): Promise<JourneyTree> {
  authorize(canManageJourneys(actor), 'manage journeys');
  const input = parseInput(createJourneySchema, rawInput);
  const id = await insertJourney(db, actor.orgId, input);
  return getJourney(db, actor, id);
}

export async function updateJourney(db: Db, actor: Actor, journeyId: string, rawInput: unknown): Promise<JourneyTree> {
  authorize(canManageJourneys(actor), 'manage journeys');
  const input = parseInput(updateJourneySchema, rawInput);
  const current = await findJourney(db, actor.orgId, journeyId);
  if (!current) throw new AppError('not_found', 'No such journey.');
  const names = mergeNames(current, input);
  await updateJourneyRow(db, actor.orgId, journeyId, { ...names, description: input.description ?? current.description });
  return getJourney(db, actor, journeyId);
}
