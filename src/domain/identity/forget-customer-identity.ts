// The identity half of erasing a customer: their identifiers are deleted (a later item with the same
// phone starts a new, unrelated profile), names and merge evidence are wiped, and the profiles stay as
// anonymous ids so that counts of customers remain right. Runs in the caller's transaction, which holds
// lockCustomerIdentity (exclusive): no ingest can attach an item to these profiles, or re-create one of
// the deleted identifiers, until the erasure commits.
import type { Tx } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { deleteIdentifiersOf, markErased, scrubMergeEvidence } from './identity.repo.ts';

export async function forgetCustomerIdentity(tx: Tx, actor: Actor, liveId: string, treeIds: string[]): Promise<{ identifiersRemoved: number }> {
  const identifiersRemoved = await deleteIdentifiersOf(tx, actor.orgId, liveId);
  await scrubMergeEvidence(tx, actor.orgId, treeIds);
  await markErased(tx, actor.orgId, treeIds);
  return { identifiersRemoved };
}
