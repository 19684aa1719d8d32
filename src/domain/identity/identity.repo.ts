// All SQL of identity fusion: customer profiles, their identifiers, merges and the blocks an unmerge leaves.
// Invariant kept by every write here: customer_identifiers.customer_id and feedback.customer_id always
// name a live profile (the root of its merge tree), so readers never walk the tree.
import { createHash, randomUUID } from 'node:crypto';
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
 * every ingestion in flight (they hold it shared, see lockForFusion) and holds new ones back. These
 * operations are rare and made by people; ingestion is not slowed otherwise.
 */
export async function lockIdentity(tx: Tx, orgId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [lockKey('org', orgId)]);
}

/**
 * Fusion's locks, in one round trip: the organisation's identity lock shared (so merges, unmerges
 * and erasures are excluded, see lockIdentity), then an exclusive lock per identifier key the
 * transaction will read or create, in ascending key order so two transactions never wait for each
 * other in a cycle. Two batches that both meet a new person therefore take turns (the second sees the
 * profile the first created), while batches about different people run side by side.
 */
export async function lockForFusion(tx: Tx, orgId: string, keys: IdentifierKey[]): Promise<void> {
  const sorted = [...new Set(keys.map((key) => lockKey('identifier', orgId, key.kind, key.value)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // Simple-query protocol, so both statements travel together; the values are integers made here.
  // unnest yields the array in order and the lock function runs once per row in that order.
  await tx.query(
    `SELECT pg_advisory_xact_lock_shared(${lockKey('org', orgId)}::bigint);
     SELECT count(pg_advisory_xact_lock(k)) FROM unnest('{${sorted.join(',')}}'::bigint[]) AS k`,
  );
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
 * The profiles owning the keys, each locked (FOR UPDATE, in id order) until the transaction ends. The
 * key locks keep ingestions apart only when they share an identifier; two ingestions with disjoint
 * identifiers may still meet on one profile, and one of them may fold that profile into another (an
 * item carrying identifiers of both). The row lock makes the other wait, so a fold never misses feedback
 * or identifiers being attached to the profile it absorbs; a read that waited for a fold returns the
 * folded row (mergedInto set) and the caller reads again.
 */
export async function findIdentifierOwners(db: Db, orgId: string, keys: IdentifierKey[]): Promise<IdentifierOwner[]> {
  if (keys.length === 0) return [];
  const result = await db.query<IdentifierOwner>(
    `SELECT ci.kind, ci.value, ci.customer_id AS "customerId", ci.home_customer_id AS "homeCustomerId", c.created_at AS "customerCreatedAt",
            c.merged_into AS "mergedInto"
       FROM unnest($2::text[], $3::text[]) AS k(kind, value)
       JOIN customer_identifiers ci ON ci.org_id = $1 AND ci.kind = k.kind AND ci.value = k.value
       JOIN customers c ON c.org_id = ci.org_id AND c.id = ci.customer_id
      ORDER BY c.id
        FOR UPDATE OF c`,
    [orgId, keys.map((key) => key.kind), keys.map((key) => key.value)],
  );
  return result.rows;
}

/** Pairs of the given live profiles that an earlier unmerge keeps apart (checked over their whole trees). */
export async function findBlockedPairs(db: Db, orgId: string, rootIds: string[]): Promise<Array<[string, string]>> {
  if (rootIds.length < 2) return [];
  const result = await db.query<{ a: string; b: string }>(
    `WITH RECURSIVE tree(id, root) AS (
       SELECT id, id FROM customers WHERE org_id = $1 AND id = ANY($2::uuid[])
       UNION ALL
       SELECT c.id, t.root FROM customers c JOIN tree t ON c.org_id = $1 AND c.merged_into = t.id
     )
     SELECT DISTINCT ta.root AS a, tb.root AS b
       FROM customer_merge_blocks bl
       JOIN tree ta ON ta.id = bl.customer_a
       JOIN tree tb ON tb.id = bl.customer_b
      WHERE bl.org_id = $1 AND ta.root <> tb.root`,
    [orgId, rootIds],
  );
  return result.rows.map((row) => [row.a, row.b]);
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

/** Folds a live profile into another: its identifiers and feedback now belong to the survivor. */
export async function foldCustomer(tx: Tx, orgId: string, survivorId: string, absorbedId: string): Promise<void> {
  await foldCustomers(tx, orgId, [{ survivorId, absorbedId }]);
}

/**
 * Several folds in one statement (an ingested batch can tie many pairs of profiles): each absorbed
 * profile points to its survivor, hands over its identifiers and feedback, and widens the
 * survivor's seen-range; the survivor keeps its name, else takes the first absorbed one's. No profile
 * may both absorb and be absorbed in one call (a batch folds every profile of a group into the oldest).
 */
export async function foldCustomers(tx: Tx, orgId: string, folds: Array<{ survivorId: string; absorbedId: string }>): Promise<void> {
  if (folds.length === 0) return;
  const absorbed = new Set(folds.map((fold) => fold.absorbedId));
  if (folds.some((fold) => absorbed.has(fold.survivorId))) throw new Error('foldCustomers: a profile cannot both absorb and be absorbed in one call');
  await tx.query(
    `WITH f AS (SELECT * FROM unnest($2::uuid[], $3::uuid[]) WITH ORDINALITY AS f(survivor, absorbed, position)),
     marked AS (UPDATE customers c SET merged_into = f.survivor, updated_at = now() FROM f WHERE c.org_id = $1 AND c.id = f.absorbed),
     identifiers AS (UPDATE customer_identifiers ci SET customer_id = f.survivor FROM f WHERE ci.org_id = $1 AND ci.customer_id = f.absorbed),
     items AS (UPDATE feedback fb SET customer_id = f.survivor FROM f WHERE fb.org_id = $1 AND fb.customer_id = f.absorbed)
     UPDATE customers s SET first_seen_at = LEAST(s.first_seen_at, a.first_seen), last_seen_at = GREATEST(s.last_seen_at, a.last_seen),
            display_name = COALESCE(s.display_name, a.display_name), updated_at = now()
       FROM (SELECT f.survivor, min(c.first_seen_at) AS first_seen, max(c.last_seen_at) AS last_seen,
                    (array_agg(c.display_name ORDER BY f.position) FILTER (WHERE c.display_name IS NOT NULL))[1] AS display_name
               FROM f JOIN customers c ON c.org_id = $1 AND c.id = f.absorbed
              GROUP BY f.survivor) a
      WHERE s.org_id = $1 AND s.id = a.survivor`,
    [orgId, folds.map((fold) => fold.survivorId), folds.map((fold) => fold.absorbedId)],
  );
}

/**
 * Undoes a fold: the absorbed profile is live again and takes back the identifiers that first joined
 * its tree, and the feedback whose strongest identifier did.
 */
export async function unfoldCustomer(tx: Tx, orgId: string, liveId: string, restoredId: string, restoredTree: string[], priority: readonly string[]): Promise<void> {
  await tx.query(`UPDATE customers SET merged_into = NULL, updated_at = now() WHERE org_id = $1 AND id = $2`, [orgId, restoredId]);
  await tx.query(
    `UPDATE customer_identifiers SET customer_id = $3 WHERE org_id = $1 AND customer_id = $2 AND home_customer_id = ANY($4::uuid[])`,
    [orgId, liveId, restoredId, restoredTree],
  );
  await tx.query(
    `UPDATE feedback f SET customer_id = $3
      WHERE f.org_id = $1 AND f.customer_id = $2
        AND (SELECT ci.home_customer_id
               FROM unnest($5::text[]) WITH ORDINALITY AS k(kind, position)
               JOIN customer_identifiers ci ON ci.org_id = $1 AND ci.kind = k.kind AND ci.value = f.identifiers ->> k.kind
              ORDER BY k.position LIMIT 1) = ANY($4::uuid[])`,
    [orgId, liveId, restoredId, restoredTree, priority],
  );
  await refreshSeenRange(tx, orgId, [liveId, restoredId]);
}

export async function refreshSeenRange(tx: Tx, orgId: string, ids: string[]): Promise<void> {
  await tx.query(
    `UPDATE customers c SET first_seen_at = s.first_seen, last_seen_at = s.last_seen, updated_at = now()
       FROM (SELECT x.id, min(f.occurred_at) AS first_seen, max(f.occurred_at) AS last_seen
               FROM unnest($2::uuid[]) AS x(id) LEFT JOIN feedback f ON f.org_id = $1 AND f.customer_id = x.id
              GROUP BY x.id) s
      WHERE c.org_id = $1 AND c.id = s.id`,
    [orgId, ids],
  );
}

export interface NewMerge {
  survivor_id: string;
  absorbed_id: string;
  cause: 'shared_identifier' | 'manual';
  identifier_kind: string | null;
  identifier_value: string | null;
  feedback_id: string | null;
  merged_by: string;
}

export async function insertMerges(tx: Tx, orgId: string, merges: NewMerge[]): Promise<string[]> {
  if (merges.length === 0) return [];
  const rows = merges.map((merge) => ({ id: randomUUID(), ...merge }));
  await tx.query(
    `INSERT INTO customer_merges (id, org_id, survivor_id, absorbed_id, cause, identifier_kind, identifier_value, feedback_id, merged_by)
     SELECT r.id, $1, r.survivor_id, r.absorbed_id, r.cause, r.identifier_kind, r.identifier_value, r.feedback_id, r.merged_by
       FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, survivor_id uuid, absorbed_id uuid, cause text, identifier_kind text,
            identifier_value text, feedback_id uuid, merged_by text)`,
    [orgId, JSON.stringify(rows)],
  );
  return rows.map((row) => row.id);
}

export interface MergeRow {
  id: string;
  survivorId: string;
  absorbedId: string;
  cause: 'shared_identifier' | 'manual';
  identifierKind: string | null;
  identifierValue: string | null;
  feedbackId: string | null;
  mergedBy: string;
  mergedAt: Date;
  unmergedBy: string | null;
  unmergedAt: Date | null;
}

const mergeColumns = `m.id, m.survivor_id AS "survivorId", m.absorbed_id AS "absorbedId", m.cause, m.identifier_kind AS "identifierKind",
  m.identifier_value AS "identifierValue", m.feedback_id AS "feedbackId", m.merged_by AS "mergedBy", m.merged_at AS "mergedAt",
  m.unmerged_by AS "unmergedBy", m.unmerged_at AS "unmergedAt"`;

export async function findMerge(db: Db, orgId: string, id: string): Promise<MergeRow | undefined> {
  const result = await db.query<MergeRow>(`SELECT ${mergeColumns} FROM customer_merges m WHERE m.org_id = $1 AND m.id = $2`, [orgId, id]);
  return result.rows[0];
}

/** Merges in which any of the profiles took part, newest first. */
export async function findMergesOf(db: Db, orgId: string, customerIds: string[]): Promise<MergeRow[]> {
  const result = await db.query<MergeRow>(
    `SELECT ${mergeColumns} FROM customer_merges m
      WHERE m.org_id = $1 AND (m.survivor_id = ANY($2::uuid[]) OR m.absorbed_id = ANY($2::uuid[]))
      ORDER BY m.merged_at DESC, m.id`,
    [orgId, customerIds],
  );
  return result.rows;
}

export async function markUnmerged(tx: Tx, orgId: string, mergeId: string, by: string): Promise<void> {
  await tx.query(`UPDATE customer_merges SET unmerged_at = now(), unmerged_by = $3 WHERE org_id = $1 AND id = $2`, [orgId, mergeId, by]);
}

export async function insertBlock(tx: Tx, orgId: string, a: string, b: string): Promise<void> {
  const [first, second] = a < b ? [a, b] : [b, a];
  await tx.query(
    `INSERT INTO customer_merge_blocks (org_id, customer_a, customer_b) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [orgId, first, second],
  );
}

/** A person merging two profiles overrides what an earlier unmerge said about them. */
export async function deleteBlocksBetween(tx: Tx, orgId: string, treeA: string[], treeB: string[]): Promise<void> {
  await tx.query(
    `DELETE FROM customer_merge_blocks
      WHERE org_id = $1 AND ((customer_a = ANY($2::uuid[]) AND customer_b = ANY($3::uuid[])) OR (customer_a = ANY($3::uuid[]) AND customer_b = ANY($2::uuid[])))`,
    [orgId, treeA, treeB],
  );
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
