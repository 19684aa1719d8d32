// A person who is disabled can no longer answer anyone: their open cases go back to their team's queue
// (recorded on each timeline), instead of waiting silently for someone who will not come.
import type { Tx } from '../../db/pool.ts';
import { lockOpenCasesOfAssignee } from './case-records.repo.ts';
import { placementOf } from './case-assignees.ts';
import { placeCase } from './case-placement.ts';
import { findCase } from './cases.repo.ts';

/** Called inside the transaction that disables the user; returns how many cases were released. */
export async function releaseCasesOfUser(tx: Tx, orgId: string, userId: string, actorId: string | null): Promise<number> {
  const ids = await lockOpenCasesOfAssignee(tx, orgId, userId);
  for (const id of ids) {
    const current = (await findCase(tx, orgId, id))!;
    await placeCase(tx, orgId, current, { team: placementOf(current).team, assignee: null }, actorId, { reason: 'assignee_disabled' });
  }
  return ids.length;
}
