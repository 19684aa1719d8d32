// Loads a case the actor is allowed to see. An agent sees the cases of their teams and the ones assigned
// to them; a case outside that is "not found", so its existence does not leak.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import { isUser, type Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canReadAllCases, canReadCases } from './cases.policy.ts';
import { findCase, listTeamIdsOfUser, type CaseRow } from './cases.repo.ts';

export async function getVisibleCase(db: Db, actor: Actor, id: string): Promise<CaseRow> {
  authorize(canReadCases(actor), 'read cases');
  const found = await findCase(db, actor.orgId, id);
  if (!found || !(await canSeeCase(db, actor, found))) throw new AppError('not_found', 'No such case.');
  return found;
}

export async function canSeeCase(db: Db, actor: Actor, found: Pick<CaseRow, 'teamId' | 'assigneeId'>): Promise<boolean> {
  if (canReadAllCases(actor)) return true;
  if (!isUser(actor)) return false;
  if (found.assigneeId === actor.userId) return true;
  if (!found.teamId) return false;
  return (await listTeamIdsOfUser(db, actor.orgId, actor.userId)).includes(found.teamId);
}
