// The SQL of merges between customer profiles: folding profiles into a survivor (at ingestion and
// by hand), undoing a fold, the merge records, and the blocks an unmerge leaves so that the same
// profiles are not merged again automatically. Profiles and identifiers themselves: identity.repo.ts.
// Every fold keeps identity.repo.ts's invariant: identifiers and feedback name only live profiles.
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/pool.ts';

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
