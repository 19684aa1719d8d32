// Identity fusion at ingestion, around the storing of a batch's items, with a handful of set-based
// queries (never one per item). Two ingests meeting the same person must take turns — the second has
// to see the profile the first created — so an ingest locks the identifiers it reads or creates, and
// their profiles, until it commits. To keep that turn short the batch is linked in two steps:
//
//  1. prepareCustomerLinks, before the items are stored: plan from the owners as they are now,
//     without locks, and create the planned new profiles (the items refer to them).
//  2. completeCustomerLinks, after: lock the identifiers and their profiles, and read the owners again.
//     Usually nothing changed and the plan is written (identifiers, seen-ranges, merges). If a
//     concurrent ingest changed an owner meanwhile, the batch is planned again under the locks, and
//     only the items whose customer changed are moved (planned profiles no longer needed are deleted).
//
// Locks are taken in one order by every ingest — the organisation's identity lock shared, then the
// stored rows and rollups, then the identifiers (sorted), then the profiles (by id) — so no two wait
// for each other in a cycle. Everything runs in the ingest's transaction: an item is never stored
// without its customer, nor a customer kept for an item that was not stored.
import type { Tx } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { actorLabel } from '../audit/actor-label.ts';
import { recordAuditEvents } from '../audit/record-audit-event.ts';
import { keyOf, type IdentifierKey } from './identifiers.ts';
import {
  deleteNewProfiles,
  findIdentifierOwners,
  insertIdentifiers,
  lockForFusion,
  moveFeedbackToCustomers,
  saveProfilesAndIdentifiers,
  upsertCustomers,
  type IdentifierOwner,
} from './identity.repo.ts';
import { findBlockedPairs, foldCustomers, insertMerges, type NewMerge } from './merges.repo.ts';
import { contestedProfiles, groupItems, keysOf, planCustomerLinks, sameOwners, type CustomerLinkPlan, type EarlierPlan, type FusionItem } from './plan-customer-links.ts';

export type { CustomerLinkPlan, FusionItem } from './plan-customer-links.ts';

/** Step 1 (see above): the plan, from the owners as they are now; its new profiles are created. */
export async function prepareCustomerLinks(tx: Tx, actor: Actor, items: FusionItem[]): Promise<CustomerLinkPlan> {
  const keys = keysOf(items);
  const owners = keys.length === 0 ? new Map<string, IdentifierOwner>() : ownerMap(await findIdentifierOwners(tx, actor.orgId, keys, { lock: false }));
  const plan = await planFrom(tx, actor, items, owners);
  await upsertCustomers(tx, actor.orgId, plan.newProfiles);
  return plan;
}

/**
 * Step 2 (see above), once the items are stored — those in `stored`; the others (a concurrent ingest
 * stored them first) are left out. Returns the customer of each item, in the items' order.
 */
export async function completeCustomerLinks(tx: Tx, actor: Actor, items: FusionItem[], plan: CustomerLinkPlan, stored: Set<string>): Promise<Array<string | null>> {
  const orgId = actor.orgId;
  const kept = items.filter((item) => stored.has(item.feedbackId));
  const keys = keysOf(kept);
  if (keys.length === 0) {
    await deleteNewProfiles(tx, orgId, plan.newProfiles.map((profile) => profile.id));
    return items.map(() => null);
  }
  await lockForFusion(tx, orgId, keys);
  const now = await findLiveOwners(tx, orgId, keys);
  let final = plan;
  const planned = new Map(items.map((item, index) => [item.feedbackId, plan.customerIds[index] ?? null]));
  if (kept.length !== items.length || !sameOwners(plan.owners, now)) {
    const newIds = new Set(plan.newProfiles.map((profile) => profile.id));
    final = await planFrom(tx, actor, kept, ownerMap(now), { customerOf: planned, newIds });
    await upsertCustomers(tx, orgId, final.newProfiles.filter((profile) => !newIds.has(profile.id)));
    const moves = kept.flatMap((item, index) => {
      const customerId = final.customerIds[index] ?? null;
      return customerId === planned.get(item.feedbackId) ? [] : [{ feedbackId: item.feedbackId, customerId }];
    });
    await moveFeedbackToCustomers(tx, orgId, moves);
    const used = new Set(final.customerIds);
    await deleteNewProfiles(tx, orgId, [...newIds].filter((id) => !used.has(id)));
  }
  await writeLinks(tx, actor, final);
  const customerOf = new Map(kept.map((item, index) => [item.feedbackId, final.customerIds[index] ?? null]));
  return items.map((item) => customerOf.get(item.feedbackId) ?? null);
}

/** Writes a confirmed plan whose new profiles exist: widens profiles, makes its merges, adds identifiers. */
async function writeLinks(tx: Tx, actor: Actor, plan: CustomerLinkPlan): Promise<void> {
  if (plan.merges.length === 0) {
    await saveProfilesAndIdentifiers(tx, actor.orgId, plan.existingProfiles, plan.identifiers);
    return;
  }
  // Folds go between the two: the survivor's seen-range and name are settled before it absorbs.
  await upsertCustomers(tx, actor.orgId, plan.existingProfiles);
  await foldCustomers(tx, actor.orgId, plan.merges.map((merge) => ({ survivorId: merge.survivor_id, absorbedId: merge.absorbed_id })));
  await insertIdentifiers(tx, actor.orgId, plan.identifiers);
  await recordMerges(tx, actor, plan.merges);
}

function ownerMap(owners: IdentifierOwner[]): Map<string, IdentifierOwner> {
  return new Map(owners.map((owner) => [keyOf(owner), owner]));
}

/** The plan for these owners, with the pairs of profiles an unmerge keeps apart looked up. */
async function planFrom(tx: Tx, actor: Actor, items: FusionItem[], owners: Map<string, IdentifierOwner>, previous?: EarlierPlan): Promise<CustomerLinkPlan> {
  const grouping = groupItems(items, owners);
  const pairs = await findBlockedPairs(tx, actor.orgId, contestedProfiles(grouping));
  return planCustomerLinks(grouping, new Set(pairs.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`])), actorLabel(actor), previous);
}

/** The owners, locked; read again while a concurrent fusion folded one of their profiles (see findIdentifierOwners). */
async function findLiveOwners(tx: Tx, orgId: string, keys: IdentifierKey[]): Promise<IdentifierOwner[]> {
  for (let attempt = 1; ; attempt++) {
    const owners = await findIdentifierOwners(tx, orgId, keys, { lock: true });
    if (owners.every((owner) => owner.mergedInto === null)) return owners;
    // Each retry follows a fold committed meanwhile; endless folds would be a bug, not load.
    if (attempt === 10) throw new Error('identity: profiles kept being folded while reading their owners');
  }
}

async function recordMerges(tx: Tx, actor: Actor, merges: NewMerge[]): Promise<void> {
  const ids = await insertMerges(tx, actor.orgId, merges);
  await recordAuditEvents(
    tx,
    actor,
    merges.map((merge, i) => ({
      action: 'customer.merged',
      subject: `customer:${merge.survivor_id}`,
      // The identifier's kind, not its value: the audit trail outlives an erasure and must hold no personal data.
      details: { merge_id: ids[i], absorbed_id: merge.absorbed_id, cause: merge.cause, identifier_kind: merge.identifier_kind, feedback_id: merge.feedback_id },
    })),
  );
}
