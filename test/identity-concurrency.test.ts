// Identity fusion under concurrent ingestion: batches lock only the identifiers they carry, so batches
// about different people run side by side, while batches sharing an identifier still fuse into one
// customer, and a fold made by one batch never strands feedback another batch attached meanwhile.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockForFusion, lockIdentityShared } from '../src/domain/identity/identity.repo.ts';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let org: TestOrg;
let ingest: Client;

beforeAll(async () => {
  testApp = await startTestApp();
  org = await createTestOrg(testApp);
  ingest = apiKeyClient(testApp.app, await org.apiKey());
});
afterAll(() => testApp.close());

let sequence = 0;
const item = (identifiers: Record<string, string>) => ({
  source: 'ticket',
  channel: 'call_centre',
  external_id: `cc-${++sequence}`,
  occurred_at: new Date(Date.UTC(2026, 0, 1) + sequence * 60_000).toISOString(),
  text: `feedback ${sequence}`,
  identifiers,
});
const phone = (n: number) => `+86139${String(n).padStart(8, '0')}`;

async function send(items: object[]): Promise<string[]> {
  const response = await ingest.post('/api/v1/feedback/batch', { items });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items.map((entry: { id: string }) => entry.id);
}

async function customersOf(feedbackIds: string[]): Promise<Array<string | null>> {
  const { rows } = await testApp.pool.query<{ id: string; customer_id: string | null }>(`SELECT id, customer_id FROM feedback WHERE id = ANY($1::uuid[])`, [feedbackIds]);
  const byId = new Map(rows.map((row) => [row.id, row.customer_id]));
  return feedbackIds.map((id) => byId.get(id) ?? null);
}

/** The identity invariant: every link names a live profile (the root of its merge tree). */
async function linksToAbsorbedProfiles(): Promise<number> {
  const { rows } = await testApp.pool.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM feedback f JOIN customers c ON c.id = f.customer_id WHERE f.org_id = $1 AND c.merged_into IS NOT NULL)
          + (SELECT count(*) FROM customer_identifiers i JOIN customers c ON c.id = i.customer_id WHERE i.org_id = $1 AND c.merged_into IS NOT NULL) AS n`,
    [org.orgId],
  );
  return Number(rows[0]!.n);
}

/** Holds an ingest's fusion locks on `identifiers` in an open transaction until `release` is called. */
async function holdLocks(identifiers: Array<{ kind: 'phone' | 'email' | 'member_id'; value: string }>): Promise<{ client: pg.PoolClient; release: () => Promise<void> }> {
  const client: pg.PoolClient = await testApp.pool.connect();
  await client.query('BEGIN');
  await lockIdentityShared(client, org.orgId);
  await lockForFusion(client, org.orgId, identifiers);
  return {
    client,
    release: async () => {
      await client.query('COMMIT');
      client.release();
    },
  };
}

async function waitUntilWaitingOnLock(): Promise<void> {
  for (;;) {
    const { rows } = await testApp.pool.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
    if (rows.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('identity fusion under concurrent ingestion', () => {
  it('fuses two concurrent batches that meet the same new person into one customer', async () => {
    for (let round = 0; round < 8; round++) {
      const shared = phone(1000 + round);
      const [a, b] = await Promise.all([
        send([item({ phone: shared, member_id: `A-${round}` }), item({ email: `a${round}@example.com` })]),
        send([item({ member_id: `B-${round}` }), item({ phone: shared, email: `b${round}@example.com` })]),
      ]);
      const [first, other] = await customersOf([a![0]!, b![1]!]);
      expect(first).not.toBeNull();
      expect(other).toBe(first);
      const { rows } = await testApp.pool.query(`SELECT customer_id FROM customer_identifiers WHERE org_id = $1 AND kind = 'phone' AND value = $2`, [org.orgId, shared]);
      expect(rows).toEqual([{ customer_id: first }]);
      const { rows: profiles } = await testApp.pool.query(
        `SELECT count(DISTINCT customer_id)::int AS n FROM customer_identifiers WHERE org_id = $1 AND value = ANY($2::text[])`,
        [org.orgId, [shared, `A-${round}`, `b${round}@example.com`]],
      );
      expect(profiles[0].n).toBe(1);
    }
    expect(await linksToAbsorbedProfiles()).toBe(0);
  });

  it('stores a batch about other people while a batch holding an identifier is still open', async () => {
    const held = await holdLocks([{ kind: 'phone', value: phone(2000) }]);
    try {
      // An organisation-wide lock would make this wait for the held transaction (and time the test out).
      const [id] = await send([item({ phone: phone(2001) }), item({ email: 'disjoint@example.com' })]);
      expect(await customersOf([id!])).toEqual([expect.any(String)]);
    } finally {
      await held.release();
    }
  });

  it('makes a batch sharing a held identifier wait, then fuse with what the holder stored', async () => {
    const shared = phone(3000);
    const [earlier] = await send([item({ phone: shared })]);
    const held = await holdLocks([{ kind: 'phone', value: shared }]);
    let settled = false;
    const waiting = send([item({ phone: shared, email: 'late@example.com' })]).finally(() => (settled = true));
    try {
      await waitUntilWaitingOnLock();
      expect(settled).toBe(false);
    } finally {
      await held.release();
    }
    const [later] = await waiting;
    const [a, b] = await customersOf([earlier!, later!]);
    expect(b).toBe(a);
  });

  it('never leaves feedback on a profile folded by a concurrent batch with other identifiers', async () => {
    for (let round = 0; round < 6; round++) {
      // Two profiles, one known by phone and member id, the other by e-mail and device id.
      await send([item({ phone: phone(4000 + round), member_id: `M-${round}` })]);
      await send([item({ email: `fold${round}@example.com`, device_id: `D-${round}` })]);
      // Batch 1 carries identifiers of both (a fold); batch 2 attaches through the other identifiers only.
      const [folding, attaching] = await Promise.all([
        send([item({ phone: phone(4000 + round), email: `fold${round}@example.com` })]),
        send([item({ device_id: `D-${round}` }), item({ member_id: `M-${round}` })]),
      ]);
      const customers = await customersOf([...folding!, ...attaching!]);
      expect(new Set(customers).size).toBe(1);
    }
    expect(await linksToAbsorbedProfiles()).toBe(0);
  });

  it('re-plans a batch whose new person a concurrent ingest created meanwhile, moving only those items', async () => {
    const shared = phone(5000);
    // The batch plans without locks (nobody owns the phone yet), stores its items, then waits here.
    const held = await holdLocks([{ kind: 'phone', value: shared }]);
    let settled = false;
    const waiting = send([item({ phone: shared, member_id: 'RP-1' }), item({ email: 'replan-other@example.com' })]).finally(() => (settled = true));
    let created: string;
    try {
      await waitUntilWaitingOnLock();
      expect(settled).toBe(false);
      // What a concurrent ingest commits meanwhile: a profile owning the phone.
      created = (await held.client.query(`INSERT INTO customers (org_id, first_seen_at, last_seen_at) VALUES ($1, now(), now()) RETURNING id`, [org.orgId])).rows[0].id;
      await held.client.query(
        `INSERT INTO customer_identifiers (org_id, kind, value, customer_id, home_customer_id, first_seen_at) VALUES ($1, 'phone', $2, $3, $3, now())`,
        [org.orgId, shared, created],
      );
    } finally {
      await held.release();
    }
    const [withPhone, other] = await waiting;
    const [a, b] = await customersOf([withPhone!, other!]);
    expect(a).toBe(created!);
    expect(b).not.toBeNull();
    expect(b).not.toBe(created!);
    const { rows: memberOwner } = await testApp.pool.query(`SELECT customer_id FROM customer_identifiers WHERE org_id = $1 AND kind = 'member_id' AND value = 'RP-1'`, [org.orgId]);
    expect(memberOwner).toEqual([{ customer_id: created! }]);
    // The profile planned for the phone's person was deleted, not left behind empty.
    const { rows: empty } = await testApp.pool.query(
      `SELECT count(*)::int AS n FROM customers c WHERE c.org_id = $1
          AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.customer_id = c.id) AND NOT EXISTS (SELECT 1 FROM customer_identifiers i WHERE i.customer_id = c.id)
          AND c.merged_into IS NULL`,
      [org.orgId],
    );
    expect(empty[0].n).toBe(0);
    expect(await linksToAbsorbedProfiles()).toBe(0);
  });
});
