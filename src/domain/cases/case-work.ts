// The frame of every change to a case: the actor may see this case (else 404) and work cases (else 403),
// the case row is locked for the change, and the caller gets the case back as it now stands.
import { inTransaction, type Db, type Tx } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import { isUser, type Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canWorkCases } from './cases.policy.ts';
import { findCase, lockCase, type CaseRow } from './cases.repo.ts';
import { getVisibleCase } from './get-visible-case.ts';

type Work<T> = (tx: Tx, current: CaseRow, actorId: string | null) => Promise<T>;

export async function withLockedCase<T>(db: Db, actor: Actor, id: string, what: string, work: Work<T>): Promise<T> {
  // Seeing comes first: a case outside the actor's view is "not found" whatever their role.
  await getVisibleCase(db, actor, id);
  authorize(canWorkCases(actor), what);
  return inTransaction(db, async (tx) => {
    if (!(await lockCase(tx, actor.orgId, id))) throw new AppError('not_found', 'No such case.');
    const current = (await findCase(tx, actor.orgId, id))!;
    return work(tx, current, isUser(actor) ? actor.userId : null);
  });
}

export async function workOnCase(db: Db, actor: Actor, id: string, what: string, work: Work<void>): Promise<CaseRow> {
  return withLockedCase(db, actor, id, what, async (tx, current, actorId) => {
    await work(tx, current, actorId);
    return (await findCase(tx, actor.orgId, id))!;
  });
}
