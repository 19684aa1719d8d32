// Undoes a merge that was wrong (two people sharing a family tablet, a mistyped phone number): the
// absorbed profile comes back with the identifiers and feedback that were its own, and the two are kept
// apart from then on.
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { actorLabel } from '../audit/actor-label.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../authorize.ts';
import { FUSION_PRIORITY } from './identifiers.ts';
import { canMergeCustomers } from './identity.policy.ts';
import { findLiveCustomer, findTreeIds, lockIdentity } from './identity.repo.ts';
import { findMerge, insertBlock, markUnmerged, unfoldCustomer } from './merges.repo.ts';

export interface UnmergeResult {
  mergeId: string;
  liveId: string;
  restoredId: string;
}

export async function unmergeCustomers(db: Db, actor: Actor, mergeId: string): Promise<UnmergeResult> {
  authorize(canMergeCustomers(actor), 'unmerge customers');
  return inTransaction(db, async (tx) => {
    await lockIdentity(tx, actor.orgId);
    const merge = await findMerge(tx, actor.orgId, mergeId);
    if (!merge) throw new AppError('not_found', 'No such merge.');
    if (merge.unmergedAt) throw new AppError('conflict', 'This merge has already been undone.');
    const live = await findLiveCustomer(tx, actor.orgId, merge.survivorId);
    if (!live) throw new AppError('not_found', 'No such customer.');
    if (live.erasedAt) throw new AppError('conflict', 'The customer has been erased; there is nothing left to split.');
    const restoredTree = await findTreeIds(tx, actor.orgId, merge.absorbedId);
    await unfoldCustomer(tx, actor.orgId, live.id, merge.absorbedId, restoredTree, FUSION_PRIORITY);
    await markUnmerged(tx, actor.orgId, merge.id, actorLabel(actor));
    await insertBlock(tx, actor.orgId, merge.survivorId, merge.absorbedId);
    await recordAuditEvent(tx, actor, {
      action: 'customer.unmerged',
      subject: `customer:${live.id}`,
      details: { merge_id: merge.id, restored_id: merge.absorbedId, survivor_id: merge.survivorId },
    });
    return { mergeId: merge.id, liveId: live.id, restoredId: merge.absorbedId };
  });
}
