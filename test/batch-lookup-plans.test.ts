// The look-ups that ingestion and alert evaluation make for a whole batch (up to 1,000 keys) must stay
// index look-ups however large the organisation grows. Written as plain joins, the planner soon found
// it cheaper to hash every identifier or item the organisation ever stored, and each batch then cost
// time in proportion to all stored data (measured in bench/ingest.ts: the alert evaluation's read of
// its items took 20 times longer than storing them). Checked on the plans PostgreSQL chooses for an
// organisation of 30,000 customers and items, before its statistics were ever gathered (a new
// installation's first large import, before autovacuum catches up) and with fresh ones.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import type { Db, Tx } from '../src/db/pool.ts';
import { loadItemFacts } from '../src/domain/alerts/alerts.repo.ts';
import { findIdsByExternalIds } from '../src/domain/feedback/feedback.repo.ts';
import { findIdentifierOwners, moveFeedbackToCustomers } from '../src/domain/identity/identity.repo.ts';
import { foldCustomers } from '../src/domain/identity/merges.repo.ts';
import { createOrganisation } from '../src/domain/orgs/create-organisation.ts';
import { createTestDatabase } from './support/test-database.ts';

const STORED = 30_000;
const BATCH = 1_000;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let orgId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const { pool } = database;
  ({ org: { id: orgId } } = await createOrganisation(pool, { name: 'Large org', owner: { email: 'owner@large.example', name: 'Owner', password: 'correct horse battery' } }));
  const { rows: [channel] } = await pool.query<{ key: string }>(`SELECT key FROM channels WHERE org_id = $1 ORDER BY key LIMIT 1`, [orgId]);
  // Statistics are gathered here by hand, at the moments each case names, never behind the test's back.
  await pool.query(`ALTER TABLE customers SET (autovacuum_enabled = false); ALTER TABLE customer_identifiers SET (autovacuum_enabled = false);
                    ALTER TABLE feedback SET (autovacuum_enabled = false)`);
  // Tables never analysed, as in a new installation's first large import before autovacuum catches up.
  const range = [orgId, 1, STORED];
  await pool.query(`INSERT INTO customers (id, org_id, first_seen_at, last_seen_at) SELECT md5('c' || n)::uuid, $1, now(), now() FROM generate_series($2::int, $3) n`, range);
  await pool.query(
    `INSERT INTO customer_identifiers (org_id, kind, value, customer_id, home_customer_id, first_seen_at)
     SELECT $1, 'email', 'person' || n || '@large.example', md5('c' || n)::uuid, md5('c' || n)::uuid, now() FROM generate_series($2::int, $3) n`,
    range,
  );
  await pool.query(
    `INSERT INTO feedback (id, org_id, source, channel, external_id, occurred_at, text, customer_id, analysis_version)
     SELECT md5('f' || n)::uuid, $1, 'api', $4, 'item-' || n, now() - n * interval '1 minute', 'text ' || n, md5('c' || n)::uuid, 1
       FROM generate_series($2::int, $3) n`,
    [...range, channel!.key],
  );
}, 120_000);
afterAll(() => database.drop());

/** Runs a repository function against a Db that EXPLAINs each statement instead of running it. */
async function plansOf(work: (db: Db) => Promise<unknown>): Promise<PlanNode[]> {
  const plans: PlanNode[] = [];
  const pool = database.pool;
  const explaining = {
    query: async (text: string, params: unknown[]) => {
      const { rows } = await pool.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${text}`, params);
      plans.push(rows[0]!['QUERY PLAN'][0]!.Plan);
      return { rows: [], rowCount: 0 };
    },
  } as unknown as pg.Pool;
  await work(explaining);
  expect(plans.length).toBeGreaterThan(0);
  return plans;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

/** "Index Scan on feedback", … for every node of the plans that reads one of the tables (not the updates themselves). */
function scansOf(plans: PlanNode[], tables: string[]): string[] {
  const scans: string[] = [];
  const visit = (node: PlanNode) => {
    if (node['Node Type'] !== 'ModifyTable' && node['Relation Name'] && tables.includes(node['Relation Name'])) scans.push(`${node['Node Type']} on ${node['Relation Name']}`);
    node.Plans?.forEach(visit);
  };
  plans.forEach(visit);
  return scans;
}

const uuidOf = (seed: string) => createHash('md5').update(seed).digest('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
const range = (count: number, from: number) => Array.from({ length: count }, (_, i) => from + i);
const indexLookUpsOnly = (scans: string[]) => scans.filter((scan) => !/^Index (Only )?Scan on /.test(scan));

function checksOfTheBatchLookUps(): void {
  it('finds the owners of a batch’s identifiers by index, not by reading all identifiers', async () => {
    // Half of the keys are known, half new, as in a batch of new and returning customers.
    const keys = range(BATCH, STORED - BATCH / 2).map((n) => ({ kind: 'email' as const, value: `person${n}@large.example` }));
    const scans = scansOf(await plansOf((db) => findIdentifierOwners(db, orgId, keys, { lock: false })), ['customer_identifiers', 'customers']);
    expect(scans).toContain('Index Scan on customer_identifiers');
    expect(indexLookUpsOnly(scans)).toEqual([]);
  });

  it('reads the items of an alert evaluation by index', async () => {
    const { rows } = await database.pool.query<{ id: string }>(`SELECT id FROM feedback WHERE org_id = $1 ORDER BY occurred_at DESC LIMIT $2`, [orgId, BATCH]);
    const scans = scansOf(await plansOf((db) => loadItemFacts(db, orgId, rows.map((row) => row.id))), ['feedback']);
    expect(scans.length).toBeGreaterThan(0);
    expect(indexLookUpsOnly(scans)).toEqual([]);
  });

  it('folds profiles and moves items by index', async () => {
    const folds = range(10, 100).map((n) => ({ survivorId: uuidOf(`c${n}`), absorbedId: uuidOf(`c${n + 1000}`) }));
    const moves = range(30, 100).map((n) => ({ feedbackId: uuidOf(`f${n}`), customerId: uuidOf(`c${n}`) }));
    const scans = scansOf(
      await plansOf(async (db) => {
        await foldCustomers(db as Tx, orgId, folds);
        await moveFeedbackToCustomers(db as Tx, orgId, moves);
      }),
      ['customers', 'customer_identifiers', 'feedback'],
    );
    expect(scans.length).toBeGreaterThan(0);
    expect(indexLookUpsOnly(scans)).toEqual([]);
  });

  it('looks for re-sent items by their external ids by index', async () => {
    const keys = range(BATCH, STORED - BATCH / 2).map((n) => ({ source: 'api', externalId: `item-${n}` }));
    const scans = scansOf(await plansOf((db) => findIdsByExternalIds(db, orgId, keys)), ['feedback']);
    expect(scans.length).toBeGreaterThan(0);
    expect(indexLookUpsOnly(scans)).toEqual([]);
  });
}

describe('batch look-ups in a large organisation, before its statistics were ever gathered', checksOfTheBatchLookUps);

describe('batch look-ups in a large organisation, with fresh statistics', () => {
  beforeAll(() => database.pool.query('ANALYZE customers, customer_identifiers, feedback'));
  checksOfTheBatchLookUps();
});
