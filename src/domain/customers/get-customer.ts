// Customer 360: one customer's profile, identifiers, merge history and summary across every channel.
// Sections are assembled here one by one, so cases, alerts and churn risk join as further sections
// when those capabilities exist.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { findLiveCustomerOf } from '../identity/find-live-customer.ts';
import type { CustomerRow } from '../identity/identity.repo.ts';
import { canReadCustomers } from './customers.policy.ts';
import { selectActorNames, selectIdentifiers, selectSummaryItems, type IdentifierRow } from './customers.repo.ts';
import { findMergesOf, type MergeRow } from '../identity/merges.repo.ts';
import { SUMMARY_ITEM_LIMIT, summariseCustomer, type CustomerSummary } from './summarise-customer.ts';

export interface MergeHistoryEntry extends MergeRow {
  mergedByName: string | null;
  unmergedByName: string | null;
  /** Whether undoing it is possible now (it is live and the customer not erased). */
  reversible: boolean;
}

export interface Customer360 {
  customer: CustomerRow;
  /** The id that was asked for, when it named a profile merged into this one since. */
  requestedId: string;
  mergedProfileIds: string[];
  identifiers: IdentifierRow[];
  summary: CustomerSummary;
  merges: MergeHistoryEntry[];
}

export async function getCustomer(db: Db, actor: Actor, id: string): Promise<Customer360> {
  authorize(canReadCustomers(actor), 'read customers');
  const { customer, treeIds } = await findLiveCustomerOf(db, actor, id);
  const [identifiers, summaryItems, merges] = await Promise.all([
    selectIdentifiers(db, actor.orgId, [customer.id]),
    selectSummaryItems(db, actor.orgId, customer.id, SUMMARY_ITEM_LIMIT),
    findMergesOf(db, actor.orgId, treeIds),
  ]);
  return {
    customer,
    requestedId: id,
    mergedProfileIds: treeIds.filter((treeId) => treeId !== customer.id),
    identifiers,
    summary: summariseCustomer(summaryItems.total, summaryItems.items),
    merges: await withNames(db, actor, merges, customer),
  };
}

async function withNames(db: Db, actor: Actor, merges: MergeRow[], customer: CustomerRow): Promise<MergeHistoryEntry[]> {
  const labels = merges.flatMap((merge) => (merge.unmergedBy ? [merge.mergedBy, merge.unmergedBy] : [merge.mergedBy]));
  const names = await selectActorNames(db, actor.orgId, [...new Set(labels)]);
  const nameOf = (label: string | null) => (label ? (names.get(label) ?? null) : null);
  return merges.map((merge) => ({
    ...merge,
    mergedByName: nameOf(merge.mergedBy),
    unmergedByName: nameOf(merge.unmergedBy),
    reversible: merge.unmergedAt === null && customer.erasedAt === null,
  }));
}
