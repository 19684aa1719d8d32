// Identity fusion's decisions, without the database: given the profiles that own a batch's identifiers
// (and which pairs of profiles an unmerge keeps apart), which customer each item belongs to, which
// profiles to create or widen, which identifiers to add and which profiles to merge. Items are joined to
// each other by shared identifiers and to the profiles that already own them; a group tied to several
// profiles merges them into the oldest.
import { randomUUID } from 'node:crypto';
import { keyOf, type IdentifierKey } from './identifiers.ts';
import type { CustomerUpsert, IdentifierOwner, NewIdentifier } from './identity.repo.ts';
import type { NewMerge } from './merges.repo.ts';
import { UnionFind } from './union-find.ts';

export interface FusionItem {
  feedbackId: string;
  occurredAt: string;
  /** Normalised fusion keys, strongest first (see prepareIdentifiers). */
  keys: IdentifierKey[];
  name?: string;
}

export interface CustomerLinkPlan {
  /** Per item, in the items' order; null for items without identifiers. */
  customerIds: Array<string | null>;
  /** Who owned each key of the items when the plan was made (absent: nobody). */
  owners: Map<string, IdentifierOwner>;
  /** Profiles to create (their ids are new) and existing profiles whose seen-range may widen. */
  newProfiles: CustomerUpsert[];
  existingProfiles: CustomerUpsert[];
  identifiers: NewIdentifier[];
  merges: NewMerge[];
}

interface Placement {
  customerId: string;
  homeId: string;
}

/** Every distinct key of the items. */
export function keysOf(items: FusionItem[]): IdentifierKey[] {
  const seen = new Map<string, IdentifierKey>();
  for (const item of items) for (const key of item.keys) seen.set(keyOf(key), key);
  return [...seen.values()];
}

/** A batch's items grouped by shared identifiers, with the owners the grouping was made from. */
export interface Grouping {
  items: FusionItem[];
  owners: Map<string, IdentifierOwner>;
  /** Item indexes tied together, and the profiles (oldest first) each group reaches. */
  groups: Array<{ members: number[]; roots: string[] }>;
}

/** Groups the items tied by shared identifiers (directly or through each other) or by their owners. */
export function groupItems(items: FusionItem[], owners: Map<string, IdentifierOwner>): Grouping {
  return { items, owners, groups: groupsOf(items, owners) };
}

function groupsOf(items: FusionItem[], owners: Map<string, IdentifierOwner>): Grouping['groups'] {
  const indexes = items.flatMap((item, index) => (item.keys.length > 0 ? [index] : []));
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
    const members = components.get(set);
    if (members) members.push(index);
    else components.set(set, [index]);
  }
  return [...components.values()].map((members) => {
    const roots = new Map<string, Date>();
    for (const index of members) {
      for (const key of items[index]!.keys) {
        const owner = owners.get(keyOf(key));
        if (owner) roots.set(owner.customerId, owner.customerCreatedAt);
      }
    }
    // The oldest profile survives a merge: its id is the one already shared with other systems the longest.
    const sorted = [...roots].sort(([idA, a], [idB, b]) => a.getTime() - b.getTime() || (idA < idB ? -1 : 1)).map(([id]) => id);
    return { members, roots: sorted };
  });
}

/** The profiles a plan would merge (groups reaching several): the caller looks up which pairs are blocked. */
export function contestedProfiles({ groups }: Grouping): string[] {
  return groups.flatMap(({ roots }) => (roots.length > 1 ? roots : []));
}

/**
 * The plan. `blocked` holds "a|b" for profiles an unmerge keeps apart. With `previous` (the customer of
 * each item in an earlier plan whose new profiles were already created), a group of new people keeps
 * the id it had there when that id was new and belonged to exactly the same items.
 */
export function planCustomerLinks({ items, owners, groups }: Grouping, blocked: Set<string>, mergedBy: string, previous?: EarlierPlan): CustomerLinkPlan {
  const placements = new Map<number, Placement>();
  const merges: NewMerge[] = [];
  const newCustomerIds = new Set<string>();
  const earlierNewId = previous && earlierNewIds(previous);
  for (const { members, roots } of groups) {
    const isBlocked = roots.some((a, i) => roots.slice(i + 1).some((b) => blocked.has(`${a}|${b}`)));
    if (roots.length === 0) {
      const id = earlierNewId?.(members.map((index) => items[index]!.feedbackId)) ?? randomUUID();
      newCustomerIds.add(id);
      for (const index of members) placements.set(index, { customerId: id, homeId: id });
      continue;
    }
    if (roots.length > 1 && !isBlocked) merges.push(...mergesFor(items, members, roots, owners, mergedBy));
    for (const index of members) {
      const matched = items[index]!.keys.map((key) => owners.get(keyOf(key))).filter((owner) => owner !== undefined);
      // Unmerged profiles stay apart: the item goes with its strongest identifier's profile.
      const customerId = isBlocked ? (matched[0]?.customerId ?? roots[0]!) : roots[0]!;
      const home = matched.find((owner) => (isBlocked ? owner.customerId === customerId : true));
      placements.set(index, { customerId, homeId: home?.homeCustomerId ?? customerId });
    }
  }
  const indexes = items.flatMap((item, index) => (item.keys.length > 0 ? [index] : []));
  const profiles = customerUpserts(items, placements);
  return {
    customerIds: items.map((_item, index) => placements.get(index)?.customerId ?? null),
    owners,
    newProfiles: profiles.filter((profile) => newCustomerIds.has(profile.id)),
    existingProfiles: profiles.filter((profile) => !newCustomerIds.has(profile.id)),
    identifiers: newIdentifiers(items, indexes, placements, owners),
    merges,
  };
}

/** What a re-plan may keep of an earlier plan: each item's customer, and which of them were new. */
export interface EarlierPlan {
  customerOf: Map<string, string | null>;
  newIds: Set<string>;
}

/**
 * Finds the earlier plan's new id for exactly some items (by feedback id), if they had one and nothing
 * else did. The earlier plan's items are counted per customer once, not once per group asked about.
 */
function earlierNewIds(previous: EarlierPlan): (feedbackIds: string[]) => string | undefined {
  const itemCount = new Map<string, number>();
  for (const id of previous.customerOf.values()) if (id) itemCount.set(id, (itemCount.get(id) ?? 0) + 1);
  return (feedbackIds) => {
    const id = previous.customerOf.get(feedbackIds[0]!);
    if (!id || !previous.newIds.has(id) || feedbackIds.some((feedbackId) => previous.customerOf.get(feedbackId) !== id)) return undefined;
    return itemCount.get(id) === feedbackIds.length ? id : undefined;
  };
}

/** Whether the keys are owned exactly as `owners` says (same profile and home, none folded, none added). */
export function sameOwners(planned: Map<string, IdentifierOwner>, now: IdentifierOwner[]): boolean {
  return (
    now.length === planned.size &&
    now.every((owner) => {
      const before = planned.get(keyOf(owner));
      return owner.mergedInto === null && before?.customerId === owner.customerId && before.homeCustomerId === owner.homeCustomerId;
    })
  );
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
