// Identity fusion at ingestion: finds or creates the customer of every new feedback item in a batch
// with a handful of set-based queries (never one per item), and merges two profiles when one item
// carries identifiers of both. Runs inside the ingestion transaction, so an item is never stored
// without its customer, nor a customer created for an item that was not stored.
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { actorLabel } from '../audit/actor-label.ts';
import { recordAuditEvents } from '../audit/record-audit-event.ts';
import { keyOf, type IdentifierKey } from './identifiers.ts';
import {
  findIdentifierOwners,
  insertIdentifiers,
  saveProfilesAndIdentifiers,
  upsertCustomers,
  type CustomerUpsert,
  type IdentifierOwner,
  type NewIdentifier,
} from './identity.repo.ts';
import { findBlockedPairs, foldCustomers, insertMerges, type NewMerge } from './merges.repo.ts';
import { UnionFind } from './union-find.ts';

export interface FusionItem {
  feedbackId: string;
  occurredAt: string;
  /** Normalised fusion keys, strongest first (see prepareIdentifiers). */
  keys: IdentifierKey[];
  name?: string;
}

interface Placement {
  customerId: string;
  homeId: string;
}

/**
 * The customer id of each item (null for items without identifiers), in the items' order. The caller
 * holds the locks of every key of the items (lockFusionIdentifiers) from before it decided which items are new.
 */
export async function linkFeedbackToCustomers(tx: Tx, actor: Actor, items: FusionItem[]): Promise<Array<string | null>> {
  const indexes = items.flatMap((item, index) => (item.keys.length > 0 ? [index] : []));
  if (indexes.length === 0) return items.map(() => null);
  const orgId = actor.orgId;

  const owners = new Map<string, IdentifierOwner>();
  for (const owner of await findLiveOwners(tx, orgId, uniqueKeys(indexes.map((index) => items[index]!)))) {
    owners.set(keyOf(owner), owner);
  }

  // Items are joined to each other by shared identifiers and to the profiles that already own them.
  const sets = new UnionFind();
  const firstHolder = new Map<string, number>();
  for (const index of indexes) {
    for (const key of items[index]!.keys) {
      const k = keyOf(key);
      const owner = owners.get(k);
      if (owner) sets.union(`i:${index}`, `c:${owner.customerId}`);
      const holder = firstHolder.get(k);
      if (holder === undefined) firstHolder.set(k, index);
      else sets.union(`i:${index}`, `i:${holder}`);
    }
  }
  const components = new Map<string, number[]>();
  for (const index of indexes) {
    const set = sets.find(`i:${index}`);
    components.set(set, [...(components.get(set) ?? []), index]);
  }

  const rootsOf = (members: number[]) => {
    const roots = new Map<string, Date>();
    for (const index of members) {
      for (const key of items[index]!.keys) {
        const owner = owners.get(keyOf(key));
        if (owner) roots.set(owner.customerId, owner.customerCreatedAt);
      }
    }
    // The oldest profile survives a merge: its id is the one already shared with other systems the longest.
    return [...roots].sort(([idA, a], [idB, b]) => a.getTime() - b.getTime() || (idA < idB ? -1 : 1)).map(([id]) => id);
  };
  const contested = [...components.values()].map(rootsOf).filter((roots) => roots.length > 1);
  const blocked = new Set((await findBlockedPairs(tx, orgId, contested.flat())).flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));

  const placements = new Map<number, Placement>();
  const merges: NewMerge[] = [];
  const newCustomerIds = new Set<string>();
  for (const members of components.values()) {
    const roots = rootsOf(members);
    const isBlocked = roots.some((a, i) => roots.slice(i + 1).some((b) => blocked.has(`${a}|${b}`)));
    if (roots.length === 0) {
      const id = randomUUID();
      newCustomerIds.add(id);
      for (const index of members) placements.set(index, { customerId: id, homeId: id });
      continue;
    }
    if (roots.length > 1 && !isBlocked) merges.push(...mergesFor(items, members, roots, owners, actorLabel(actor)));
    for (const index of members) {
      const matched = items[index]!.keys.map((key) => owners.get(keyOf(key))).filter((owner) => owner !== undefined);
      // Unmerged profiles stay apart: the item goes with its strongest identifier's profile.
      const customerId = isBlocked ? (matched[0]?.customerId ?? roots[0]!) : roots[0]!;
      const home = matched.find((owner) => isBlocked ? owner.customerId === customerId : true);
      placements.set(index, { customerId, homeId: home?.homeCustomerId ?? customerId });
    }
  }

  if (merges.length === 0) {
    await saveProfilesAndIdentifiers(tx, orgId, customerUpserts(items, placements), newIdentifiers(items, indexes, placements, owners));
  } else {
    // Folds go between the two: the survivor's seen-range and name are settled before it absorbs.
    await upsertCustomers(tx, orgId, customerUpserts(items, placements));
    await foldCustomers(tx, orgId, merges.map((merge) => ({ survivorId: merge.survivor_id, absorbedId: merge.absorbed_id })));
    await insertIdentifiers(tx, orgId, newIdentifiers(items, indexes, placements, owners));
    await recordMerges(tx, actor, merges);
  }
  return items.map((_item, index) => placements.get(index)?.customerId ?? null);
}

/** The owners, read again while a concurrent fusion folded one of their profiles (see findIdentifierOwners). */
async function findLiveOwners(tx: Tx, orgId: string, keys: IdentifierKey[]): Promise<IdentifierOwner[]> {
  for (let attempt = 1; ; attempt++) {
    const owners = await findIdentifierOwners(tx, orgId, keys);
    if (owners.every((owner) => owner.mergedInto === null)) return owners;
    // Each retry follows a fold committed meanwhile; endless folds would be a bug, not load.
    if (attempt === 10) throw new Error('identity: profiles kept being folded while reading their owners');
  }
}

function uniqueKeys(items: FusionItem[]): IdentifierKey[] {
  const seen = new Map<string, IdentifierKey>();
  for (const item of items) for (const key of item.keys) seen.set(keyOf(key), key);
  return [...seen.values()];
}

/** One merge per absorbed profile, naming the identifier (and item) that tied it to the others. */
function mergesFor(items: FusionItem[], members: number[], roots: string[], owners: Map<string, IdentifierOwner>, by: string): NewMerge[] {
  const [survivor, ...absorbed] = roots as [string, ...string[]];
  return absorbed.map((absorbedId) => {
    let cause: { key: IdentifierKey; feedbackId: string } | undefined;
    for (const index of members) {
      const key = items[index]!.keys.find((candidate) => owners.get(keyOf(candidate))?.customerId === absorbedId);
      if (key) {
        cause = { key, feedbackId: items[index]!.feedbackId };
        break;
      }
    }
    return {
      survivor_id: survivor,
      absorbed_id: absorbedId,
      cause: 'shared_identifier' as const,
      identifier_kind: cause?.key.kind ?? null,
      identifier_value: cause?.key.value ?? null,
      feedback_id: cause?.feedbackId ?? null,
      merged_by: by,
    };
  });
}

function customerUpserts(items: FusionItem[], placements: Map<number, Placement>): CustomerUpsert[] {
  const byCustomer = new Map<string, CustomerUpsert>();
  for (const [index, { customerId }] of placements) {
    const item = items[index]!;
    const current = byCustomer.get(customerId);
    if (!current) {
      byCustomer.set(customerId, { id: customerId, display_name: item.name ?? null, first_seen_at: item.occurredAt, last_seen_at: item.occurredAt });
      continue;
    }
    current.display_name ??= item.name ?? null;
    if (Date.parse(item.occurredAt) < Date.parse(current.first_seen_at)) current.first_seen_at = item.occurredAt;
    if (Date.parse(item.occurredAt) > Date.parse(current.last_seen_at)) current.last_seen_at = item.occurredAt;
  }
  return [...byCustomer.values()];
}

function newIdentifiers(items: FusionItem[], indexes: number[], placements: Map<number, Placement>, owners: Map<string, IdentifierOwner>): NewIdentifier[] {
  const added = new Map<string, NewIdentifier>();
  for (const index of indexes) {
    const item = items[index]!;
    const placement = placements.get(index)!;
    for (const key of item.keys) {
      const k = keyOf(key);
      if (owners.has(k) || added.has(k)) continue;
      added.set(k, { kind: key.kind, value: key.value, customer_id: placement.customerId, home_customer_id: placement.homeId, first_seen_at: item.occurredAt });
    }
  }
  return [...added.values()];
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
