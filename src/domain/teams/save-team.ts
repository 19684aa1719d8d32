// Creates or renames a team; team names are unique within an organisation (case-insensitive).
import { isUniqueViolation, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canManageTeams } from './teams.policy.ts';
import { findTeam, insertTeam, renameTeam, type TeamRow } from './teams.repo.ts';
import { teamInputSchema } from './teams.schema.ts';

export async function createTeam(db: Db, actor: Actor, rawInput: unknown): Promise<TeamRow> {
  authorize(canManageTeams(actor), 'manage teams');
  const { name } = parseInput(teamInputSchema, rawInput);
  const id = await uniqueName(name, () => insertTeam(db, actor.orgId, name));
  return (await findTeam(db, actor.orgId, id))!;
}

export async function renameTeamById(db: Db, actor: Actor, teamId: string, rawInput: unknown): Promise<TeamRow> {
  authorize(canManageTeams(actor), 'manage teams');
  const { name } = parseInput(teamInputSchema, rawInput);
  const renamed = await uniqueName(name, () => renameTeam(db, actor.orgId, teamId, name));
  if (!renamed) throw new AppError('not_found', 'No such team.');
  return (await findTeam(db, actor.orgId, teamId))!;
}

async function uniqueName<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', `A team named "${name}" already exists.`);
    throw error;
  }
}
