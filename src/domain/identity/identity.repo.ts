// The SQL of identity fusion's profiles and identifiers: locks, owners, profile upserts, identifier
// inserts, look-ups and erasure (merges, folds and blocks: merges.repo.ts).
// Invariant kept by every write here: customer_identifiers.customer_id and feedback.customer_id always
// name a live profile (the root of its merge tree), so readers never walk the tree.
import { createHash } from 'node:crypto';
import type { Db, Tx } from '../../db/pool.ts';
import type { FusionKind, IdentifierKey } from './identifiers.ts';

export interface CustomerRow {
  id: string;
  displayName: string | null;
  mergedInto: string | null;
  firstSeenAt: Date | null;
  lastSeenAt: Date | null;
  erasedAt: Date | null;
  createdAt: Date;
}

const customerColumns = `c.id, c.display_name AS "displayName", c.merged_into AS "mergedInto", c.first_seen_at AS "firstSeenAt",
  c.last_seen_at AS "lastSeenAt", c.erased_at AS "erasedAt", c.created_at AS "createdAt"`;

/**
 * Excludes all identity fusion of one organisation until the transaction ends: merges, unmerges and
 * erasures rewrite whole profiles (every identifier of two merge trees), so rather than enumerating
 * those identifiers race-free they take the organisation's identity lock exclusively, which waits for
 * every ingestion in flight (they hold it shared, see lockIdentityShared) and holds new ones back. These
 * operations are rare and made by people; ingestion is not slowed otherwise.
 */
export async function lockIdentity(tx: Tx, orgId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [lockKey('org', orgId)]);
}

/**
 * An exclusive lock per identifier key the transaction will read or create, in ascending key order
 * so two transactions never wait for each other in a cycle. Two batches that both meet a new person
 * therefore take turns (the second sees the profile the first created), while batches about
 * different people run side by side. The caller already holds the organisation's identity lock
 * shared (lockIdentityShared, from the start of its transaction), which keeps merges, unmerges and
 * erasures out (see lockIdentity).
 */
export async function lockForFusion(tx: Tx, orgId: string, keys: IdentifierKey[]): Promise<void> {
  const sorted = [...new Set(keys.map((key) => lockKey('identifier', orgId, key.kind, key.value)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // unnest yields the array in order and the lock function runs once per row in that order.
  await tx.query(`SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) AS k`, [sorted.map(String)]);
}

/** A 64-bit advisory-lock key: collisions only make two unrelated transactions wait for each other. */
function lockKey(...parts: string[]): bigint {
  return createHash('sha256').update(`openvoc-identity\u0000${parts.join('\u0000')}`).digest().readBigInt64BE(0);
}

export interface IdentifierOwner {
  kind: FusionKind;
  value: string;
  customerId: string;
  homeCustomerId: string;
  customerCreatedAt: Date;
  /** Set only when a concurrent fusion folded the profile while this read waited for it: read again. */
  mergedInto: string | null;
}

/**
 * The profiles owning the keys. With `lock`, each is locked (FOR NO KEY UPDATE, in id order) until the
 * transaction ends. The key locks keep ingestions apart only when they share an identifier; two
 * ingestions with disjoint identifiers may still meet on one profile, and one of them may fold that
 * profile into another (an item carrying identifiers of both). The row lock makes the other wait, so a
 * fold never misses feedback or identifiers being attached to the profile it absorbs; a read that
 * waited for a fold returns the folded row (mergedInto set) and the caller reads again. NO KEY UPDATE,
 * not UPDATE: it must not wait for ingests whose stored items merely refer to the profile (their
 * foreign-key check holds KEY SHARE until they commit, and they may be waiting for this one's keys).
 */
export async function findIdentifierOwners(db: Db, orgId: string, keys: IdentifierKey[], { lock }: { lock: boolean }): Promise<IdentifierOwner[]> {
  if (keys.length === 0) return [];
  // One index look-up per key, whatever the organisation's size: as a plain join the planner hashes all
  // of the organisation's identifiers once they look cheaper to scan than a batch's keys to look up,
  // and each ingest then paid for every identifier ever stored (LIMIT keeps the subquery a look-up;
  // the key is the primary key, so it never drops a row).
  const result = await db.query<IdentifierOwner>(
    `SELECT ci.kind, ci.value, ci.customer_id AS "customerId", ci.home_customer_id AS "homeCustomerId", c.created_at AS "customerCreatedAt",
            c.merged_into AS "mergedInto"
       FROM unnest($2::text[], $3::text[]) AS k(kind, value)
      CROSS JOIN LATERAL (SELECT i.kind, i.value, i.customer_id, i.home_customer_id FROM customer_identifiers i
                           WHERE i.org_id = $1 AND i.kind = k.kind AND i.value = k.value LIMIT 1) ci
       JOIN customers c ON c.org_id = $1 AND c.id = ci.customer_id
      ORDER BY c.id
      ${lock ? 'FOR NO KEY UPDATE OF c' : ''}`,
    [orgId, keys.map((key) => key.kind), keys.map((key) => key.value)],
  );
  return result.rows;
}

/** The organisation's identity lock, shared: merges, unmerges and erasures wait (see lockIdentity). */
export async function lockIdentityShared(tx: Tx, orgId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock_shared(${lockKey('org', orgId)}::bigint)`);
}

/**
 * Points stored items at other profiles (an ingest's plan went out of date before it was confirmed).
 * The items are found one index look-up each (see findIdentifierOwners): joined on the organisation,
 * the planner may read all of its items while their statistics are missing.
 */
export async function moveFeedbackToCustomers(tx: Tx, orgId: string, moves: Array<{ feedbackId: string; customerId: string | null }>): Promise<void> {
  if (moves.length === 0) return;
  await tx.query(
    `WITH m AS (SELECT i.id, m.customer_id FROM unnest($2::uuid[], $3::uuid[]) AS m(id, customer_id)
                  CROSS JOIN LATERAL (SELECT i.id FROM feedback i WHERE i.org_id = $1 AND i.id = m.id LIMIT 1) i)
     UPDATE feedback f SET customer_id = m.customer_id FROM m WHERE f.id = m.id`,
    [orgId, moves.map((move) => move.feedbackId), moves.map((move) => move.customerId)],
  );
}

/** Deletes profiles this transaction created and no longer needs (nothing else can refer to them yet). */
export async function deleteNewProfiles(tx: Tx, orgId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(`DELETE FROM customers WHERE org_id = $1 AND id = ANY($2::uuid[])`, [orgId, ids]);
}

export interface CustomerUpsert {
  id: string;
  display_name: string | null;
  first_seen_at: string;
  last_seen_at: string;
}

/** Creates new profiles and widens the seen-range of existing ones, in one statement. */
export async function upsertCustomers(tx: Tx, orgId: string, customers: CustomerUpsert[]): Promise<void> {
  if (customers.length === 0) return;
  await tx.query(`${UPSERT_CUSTOMERS} SELECT 1`, customerParams(orgId, customers));
}

export interface NewIdentifier {
  kind: string;
  value: string;
  customer_id: string;
  home_customer_id: string;
  first_seen_at: string;
}

export async function insertIdentifiers(tx: Tx, orgId: string, identifiers: NewIdentifier[]): Promise<void> {
  if (identifiers.length === 0) return;
  await tx.query(insertIdentifiersSql(2), [orgId, ...identifierArrays(identifiers)]);
}

/**
 * upsertCustomers and insertIdentifiers in one round trip (what an ingestion without merges writes).
 * The identifiers' foreign key to their profile is checked at the end of the statement, when the
 * profiles are in.
 */
export async function saveProfilesAndIdentifiers(tx: Tx, orgId: string, customers: CustomerUpsert[], identifiers: NewIdentifier[]): Promise<void> {
  if (customers.length === 0 || identifiers.length === 0) {
    await upsertCustomers(tx, orgId, customers);
    return insertIdentifiers(tx, orgId, identifiers);
  }
  await tx.query(`${UPSERT_CUSTOMERS} ${insertIdentifiersSql(6)}`, [...customerParams(orgId, customers), ...identifierArrays(identifiers)]);
}

// A data-modifying WITH, so that saveProfilesAndIdentifiers can follow it with the identifiers' INSERT.
const UPSERT_CUSTOMERS = `
  WITH upserted AS (
    INSERT INTO customers (id, org_id, display_name, first_seen_at, last_seen_at)
    SELECT r.id, $1, r.display_name, r.first_seen_at, r.last_seen_at
      FROM unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::timestamptz[]) AS r(id, display_name, first_seen_at, last_seen_at)
    ON CONFLICT (id) DO UPDATE SET
      first_seen_at = LEAST(customers.first_seen_at, excluded.first_seen_at),
      last_seen_at  = GREATEST(customers.last_seen_at, excluded.last_seen_at),
      display_name  = COALESCE(customers.display_name, excluded.display_name),
      updated_at    = now()
    -- Re-imported history usually changes nothing: then no new row version is written.
    WHERE customers.org_id = $1
      AND (excluded.first_seen_at < customers.first_seen_at OR excluded.last_seen_at > customers.last_seen_at
           OR customers.first_seen_at IS NULL OR (customers.display_name IS NULL AND excluded.display_name IS NOT NULL))
  )`;

// Parallel arrays (cheaper to decode than JSON for thousands of short rows) at $from … $from + 4; $1 is the organisation.
const insertIdentifiersSql = (from: number) => `
  INSERT INTO customer_identifiers (org_id, kind, value, customer_id, home_customer_id, first_seen_at)
  SELECT $1, r.kind, r.value, r.customer_id, r.home_customer_id, r.first_seen_at
    FROM unnest($${from}::text[], $${from + 1}::text[], $${from + 2}::uuid[], $${from + 3}::uuid[], $${from + 4}::timestamptz[])
         AS r(kind, value, customer_id, home_customer_id, first_seen_at)
  ON CONFLICT (org_id, kind, value) DO NOTHING`;

function customerParams(orgId: string, customers: CustomerUpsert[]): unknown[] {
  return [
    orgId,
    customers.map((row) => row.id),
    customers.map((row) => row.display_name),
    customers.map((row) => row.first_seen_at),
    customers.map((row) => row.last_seen_at),
  ];
}

function identifierArrays(identifiers: NewIdentifier[]): unknown[] {
  return [
    identifiers.map((row) => row.kind),
    identifiers.map((row) => row.value),
    identifiers.map((row) => row.customer_id),
    identifiers.map((row) => row.home_customer_id),
    identifiers.map((row) => row.first_seen_at),
  ];
}

export async function findCustomers(db: Db, orgId: string, ids: string[]): Promise<CustomerRow[]> {
  const result = await db.query<CustomerRow>(`SELECT ${customerColumns} FROM customers c WHERE c.org_id = $1 AND c.id = ANY($2::uuid[])`, [orgId, ids]);
  return result.rows;
}

/** The live profile a (possibly absorbed) profile belongs to now. */
export async function findLiveCustomer(db: Db, orgId: string, id: string): Promise<CustomerRow | undefined> {
  const result = await db.query<CustomerRow>(
    `WITH RECURSIVE up(id, merged_into, depth) AS (
       SELECT id, merged_into, 0 FROM customers WHERE org_id = $1 AND id = $2
       UNION ALL
       SELECT c.id, c.merged_into, up.depth + 1 FROM customers c JOIN up ON c.org_id = $1 AND c.id = up.merged_into
     )
     SELECT ${customerColumns} FROM up JOIN customers c ON c.org_id = $1 AND c.id = up.id WHERE up.merged_into IS NULL`,
    [orgId, id],
  );
  return result.rows[0];
}

/** A profile and every profile merged into it, directly or through others. */
export async function findTreeIds(db: Db, orgId: string, rootId: string): Promise<string[]> {
  const result = await db.query<{ id: string }>(
    `WITH RECURSIVE tree(id) AS (
       SELECT id FROM customers WHERE org_id = $1 AND id = $2
       UNION ALL
       SELECT c.id FROM customers c JOIN tree t ON c.org_id = $1 AND c.merged_into = t.id
     )
     SELECT id FROM tree`,
    [orgId, rootId],
  );
  return result.rows.map((row) => row.id);
}

export async function deleteIdentifiersOf(tx: Tx, orgId: string, customerId: string): Promise<number> {
  const result = await tx.query(`DELETE FROM customer_identifiers WHERE org_id = $1 AND customer_id = $2`, [orgId, customerId]);
  return result.rowCount ?? 0;
}

/** Merge records keep who merged what and why, but not the identifier's value. */
export async function scrubMergeEvidence(tx: Tx, orgId: string, treeIds: string[]): Promise<void> {
  await tx.query(
    `UPDATE customer_merges SET identifier_value = NULL
      WHERE org_id = $1 AND (survivor_id = ANY($2::uuid[]) OR absorbed_id = ANY($2::uuid[]))`,
    [orgId, treeIds],
  );
}

export async function markErased(tx: Tx, orgId: string, treeIds: string[]): Promise<void> {
  await tx.query(`UPDATE customers SET display_name = NULL, erased_at = now(), updated_at = now() WHERE org_id = $1 AND id = ANY($2::uuid[])`, [orgId, treeIds]);
}
