// A person decides two profiles are the same customer (e.g. a new phone number): folds one into the
// other, recorded so that it can be undone.
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { actorLabel } from '../audit/actor-label.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canMergeCustomers } from './identity.policy.ts';
import { findLiveCustomer, findTreeIds, lockIdentity } from './identity.repo.ts';
import { deleteBlocksBetween, foldCustomer, insertMerges } from './merges.repo.ts';
import { mergeCustomersSchema } from './identity.schema.ts';

export interface MergeResult {
  mergeId: string;
  survivorId: string;
  absorbedId: string;
}

export async function mergeCustomers(db: Db, actor: Actor, rawInput: unknown): Promise<MergeResult> {
  authorize(canMergeCustomers(actor), 'merge customers');
  const input = parseInput(mergeCustomersSchema, rawInput);
  return inTransaction(db, async (tx) => {
    await lockIdentity(tx, actor.orgId);
    // Either id may name a profile absorbed earlier: the merge is between the live profiles.
    const survivor = await findLiveCustomer(tx, actor.orgId, input.survivor_id);
    const absorbed = await findLiveCustomer(tx, actor.orgId, input.absorbed_id);
    if (!survivor || !absorbed) throw new AppError('not_found', 'No such customer.');
    if (survivor.id === absorbed.id) throw new AppError('conflict', 'These are already one customer.');
    if (survivor.erasedAt || absorbed.erasedAt) throw new AppError('conflict', 'An erased customer cannot be merged.');
    const by = actorLabel(actor);
    await deleteBlocksBetween(tx, actor.orgId, await findTreeIds(tx, actor.orgId, survivor.id), await findTreeIds(tx, actor.orgId, absorbed.id));
    await foldCustomer(tx, actor.orgId, survivor.id, absorbed.id);
    const [mergeId] = await insertMerges(tx, actor.orgId, [
      { survivor_id: survivor.id, absorbed_id: absorbed.id, cause: 'manual', identifier_kind: null, identifier_value: null, feedback_id: null, merged_by: by },
    ]);
    await recordAuditEvent(tx, actor, {
      action: 'customer.merged',
      subject: `customer:${survivor.id}`,
      details: { merge_id: mergeId, absorbed_id: absorbed.id, cause: 'manual' },
    });
    return { mergeId: mergeId!, survivorId: survivor.id, absorbedId: absorbed.id };
  });
}
