// Creates or changes a survey: its questions, texts, skip rules, touchpoint, status and schedule.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { existingTouchpointIds } from '../journeys/existing-touchpoint-ids.ts';
import { parseInput, validationFailed } from '../parse-input.ts';
import type { SurveyDefinition } from './survey-flow.ts';
import { canManageSurveys } from './surveys.policy.ts';
import { findSurvey, insertSurvey, updateSurvey as updateSurveyRow, type SurveyRow } from './surveys.repo.ts';
import { createSurveySchema, updateSurveySchema } from './surveys.schema.ts';

export async function createSurvey(db: Db, actor: Actor, rawInput: unknown): Promise<SurveyRow> {
  authorize(canManageSurveys(actor), 'manage surveys');
  const input = parseInput(createSurveySchema, rawInput);
  await requireTouchpoint(db, actor, input.touchpoint_id);
  const id = await insertSurvey(db, actor.orgId, {
    name: input.name,
    touchpointId: input.touchpoint_id ?? null,
    status: input.status,
    opensAt: input.opens_at ?? null,
    closesAt: input.closes_at ?? null,
    definition: input.definition as SurveyDefinition,
  });
  return (await findSurvey(db, actor.orgId, id))!;
}

export async function updateSurvey(db: Db, actor: Actor, id: string, rawInput: unknown): Promise<SurveyRow> {
  authorize(canManageSurveys(actor), 'manage surveys');
  const input = parseInput(updateSurveySchema, rawInput);
  const current = await findSurvey(db, actor.orgId, id);
  if (!current) throw new AppError('not_found', 'No such survey.');
  await requireTouchpoint(db, actor, input.touchpoint_id);
  const opensAt = input.opens_at === undefined ? current.opensAt?.toISOString() ?? null : input.opens_at;
  const closesAt = input.closes_at === undefined ? current.closesAt?.toISOString() ?? null : input.closes_at;
  if (opensAt && closesAt && new Date(closesAt) <= new Date(opensAt)) throw validationFailed([{ path: 'closes_at', message: 'must be after opens_at' }]);
  await updateSurveyRow(db, actor.orgId, id, {
    name: input.name ?? current.name,
    touchpointId: input.touchpoint_id === undefined ? current.touchpointId : input.touchpoint_id,
    status: input.status ?? current.status,
    opensAt,
    closesAt,
    definition: (input.definition as SurveyDefinition | undefined) ?? current.definition,
  });
  return (await findSurvey(db, actor.orgId, id))!;
}

async function requireTouchpoint(db: Db, actor: Actor, touchpointId: string | null | undefined): Promise<void> {
  if (!touchpointId) return;
  const found = await existingTouchpointIds(db, actor, [touchpointId]);
  if (!found.has(touchpointId)) throw validationFailed([{ path: 'touchpoint_id', message: 'no such touchpoint in this organisation' }]);
}
