// The organisation's teams with their members.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canListTeams } from './teams.policy.ts';
import { listTeams as selectTeams, type TeamRow } from './teams.repo.ts';

export async function listTeams(db: Db, actor: Actor): Promise<TeamRow[]> {
  authorize(canListTeams(actor), 'see teams');
  return selectTeams(db, actor.orgId);
}
