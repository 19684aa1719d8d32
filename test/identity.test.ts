// Identity fusion through the real ingestion path: identifiers written in different ways meet in one
// profile, an item carrying two profiles' identifiers merges them (recorded, audited, reversible), and
// an unmerge restores both profiles exactly and keeps them apart afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlStatementsDuring } from './support/sql-statements.ts';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let org: TestOrg;
let ingest: Client;
let owner: Client;

beforeAll(async () => {
  testApp = await startTestApp();
  org = await createTestOrg(testApp);
  ingest = apiKeyClient(testApp.app, await org.apiKey());
  owner = await org.as('owner');
});
afterAll(() => testApp.close());

async function send(items: object[]): Promise<string[]> {
  const response = await ingest.post('/api/v1/feedback/batch', { items });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items.map((item: { id: string }) => item.id);
}

async function customerOf(feedbackId: string): Promise<string | null> {
  const { rows } = await testApp.pool.query<{ customer_id: string | null }>(`SELECT customer_id FROM feedback WHERE id = $1`, [feedbackId]);
  return rows[0]!.customer_id;
}

let sequence = 0;
const item = (identifiers: Record<string, string>, extra: object = {}) => ({
  source: 'ticket',
  channel: 'call_centre',
  external_id: `id-${++sequence}`,
  occurred_at: new Date(Date.UTC(2026, 0, 1) + sequence * 3_600_000).toISOString(),
  text: `feedback ${sequence}`,
  identifiers,
  ...extra,
});

describe('identity fusion at ingestion', () => {
  it('links items sharing a phone written differently, or an e-mail in another case, to one customer', async () => {
    const ids = await send([
      item({ phone: '138 0013 8000', name: '王芳' }),
      item({ phone: '+86 138-0013-8000' }),
      item({ phone: '008613800138000', email: 'Wang.Fang@Example.com' }),
    ]);
    const [later] = await send([{ ...item({ email: 'wang.fang@example.com' }), channel: 'wechat', source: 'chat' }]);
    const customers = await Promise.all([...ids, later!].map(customerOf));
    expect(new Set(customers).size).toBe(1);
    expect(customers[0]).not.toBeNull();
    const profile = (await owner.get(`/api/v1/customers/${customers[0]}`)).json();
    expect(profile.display_name).toBe('王芳');
    expect(profile.identifiers.map((i: { kind: string; value: string }) => `${i.kind}:${i.value}`).sort()).toEqual([
      'email:wang.fang@example.com',
      'phone:+8613800138000',
    ]);
    expect(profile.summary.feedback_count).toBe(4);
    expect(profile.summary.channel_path.map((step: { channel: string }) => step.channel)).toEqual(['call_centre', 'wechat']);
  });

  it('stores the normalised identifiers on the item and never fuses placeholders such as "N/A"', async () => {
    const [a, b] = await send([item({ phone: 'N/A', member_id: '-' }), item({ phone: 'n/a', member_id: '-' })]);
    expect(await customerOf(a!)).toBeNull();
    expect(await customerOf(b!)).toBeNull();
    const [c] = await send([item({ phone: '13912345678', device_id: 'unknown' })]);
    const stored = (await owner.get(`/api/v1/feedback/${c}`)).json();
    expect(stored.identifiers).toEqual({ phone: '+8613912345678', device_id: 'unknown' });
    expect(stored.customer_id).not.toBeNull();
  });

  it('gives items without identifiers no customer, and a name alone does not identify anyone', async () => {
    const [a, b] = await send([{ source: 'review', channel: 'app', text: 'no identifiers' }, item({ name: 'Anna' })]);
    expect(await customerOf(a!)).toBeNull();
    expect(await customerOf(b!)).toBeNull();
  });

  it('links items that share an identifier inside one batch, even when none was known before', async () => {
    const ids = await send([item({ member_id: 'M-1' }), item({ member_id: 'M-1', order_id: 'O-1' }), item({ order_id: 'O-1' })]);
    const customers = await Promise.all(ids.map(customerOf));
    expect(new Set(customers).size).toBe(1);
  });

  it('does not create a customer for a duplicate item, nor merge anything because of it', async () => {
    const first = item({ phone: '13700000001' });
    await send([first]);
    const before = (await testApp.pool.query(`SELECT count(*)::int AS n FROM customers WHERE org_id = $1`, [org.orgId])).rows[0].n;
    await send([{ ...first, identifiers: { phone: '13700000001', email: 'someone.else@example.com' } }]);
    const after = (await testApp.pool.query(`SELECT count(*)::int AS n FROM customers WHERE org_id = $1`, [org.orgId])).rows[0].n;
    expect(after).toBe(before);
    const known = await testApp.pool.query(`SELECT 1 FROM customer_identifiers WHERE value = 'someone.else@example.com'`);
    expect(known.rowCount).toBe(0);
  });
});

describe('merging and unmerging', () => {
  let anna: string;
  let bob: string;
  let annaItems: string[];
  let bobItems: string[];
  let bridge: string;

  it('merges two customers when one item carries identifiers of both, naming the identifier', async () => {
    annaItems = await send([item({ phone: '13500000001', name: 'Anna' }), item({ phone: '13500000001' })]);
    bobItems = await send([item({ email: 'bob@example.com', name: 'Bob' }), item({ device_id: 'ipad-42', email: 'bob@example.com' })]);
    anna = (await customerOf(annaItems[0]!))!;
    bob = (await customerOf(bobItems[0]!))!;
    expect(anna).not.toBe(bob);

    // The family tablet: Anna gives feedback from the device Bob used before.
    bridge = (await send([item({ phone: '13500000001', device_id: 'ipad-42' }, { channel: 'app', source: 'review' })]))[0]!;
    for (const id of [...annaItems, ...bobItems, bridge!]) expect(await customerOf(id)).toBe(anna);

    const profile = (await owner.get(`/api/v1/customers/${anna}`)).json();
    expect(profile.summary.feedback_count).toBe(5);
    expect(profile.merged_profile_ids).toEqual([bob]);
    expect(profile.merges).toHaveLength(1);
    expect(profile.merges[0]).toMatchObject({
      survivor_id: anna,
      absorbed_id: bob,
      cause: 'shared_identifier',
      identifier: { kind: 'device_id', value: 'ipad-42' },
      feedback_id: bridge,
      reversible: true,
    });
    // Old links to Bob's profile land on the merged one.
    const viaOldId = (await owner.get(`/api/v1/customers/${bob}`)).json();
    expect(viaOldId).toMatchObject({ id: anna, requested_id: bob });
    const audit = (await owner.get(`/api/v1/audit-log?subject=customer:${anna}`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'customer.merged', details: { absorbed_id: bob, cause: 'shared_identifier', identifier_kind: 'device_id' } });
    expect(JSON.stringify(audit.items[0])).not.toContain('ipad-42');
  });

  it('unmerges: both profiles come back with their own identifiers and feedback', async () => {
    const profile = (await owner.get(`/api/v1/customers/${anna}`)).json();
    const response = await owner.post(`/api/v1/customers/merges/${profile.merges[0].id}/unmerge`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ customer_id: anna, restored_id: bob });
    for (const id of annaItems) expect(await customerOf(id)).toBe(anna);
    for (const id of bobItems) expect(await customerOf(id)).toBe(bob);
    // The item that merged them goes with its strongest identifier (the phone): Anna.
    expect(await customerOf(bridge)).toBe(anna);
    const restored = (await owner.get(`/api/v1/customers/${bob}`)).json();
    expect(restored.id).toBe(bob);
    expect(restored.display_name).toBe('Bob');
    expect(restored.identifiers.map((i: { kind: string }) => i.kind).sort()).toEqual(['device_id', 'email']);
    expect(restored.summary.feedback_count).toBe(2);
    const again = await owner.post(`/api/v1/customers/merges/${profile.merges[0].id}/unmerge`);
    expect(again.statusCode).toBe(409);
  });

  it('keeps unmerged customers apart when the same identifiers meet again', async () => {
    const [next] = await send([item({ phone: '13500000001', device_id: 'ipad-42' })]);
    expect(await customerOf(next!)).toBe(anna);
    expect(await customerOf(bobItems[0]!)).toBe(bob);
  });

  it('merges manually (and undoes it) through the API, audited', async () => {
    const merged = await owner.post('/api/v1/customers/merge', { survivor_id: bob, absorbed_id: anna });
    expect(merged.statusCode, merged.body).toBe(201);
    for (const id of [...annaItems, ...bobItems]) expect(await customerOf(id)).toBe(bob);
    const again = await owner.post('/api/v1/customers/merge', { survivor_id: bob, absorbed_id: anna });
    expect(again.statusCode).toBe(409);
    const undo = await owner.post(`/api/v1/customers/merges/${merged.json().merge_id}/unmerge`);
    expect(undo.statusCode).toBe(200);
    for (const id of annaItems) expect(await customerOf(id)).toBe(anna);
    const actions = (await owner.get('/api/v1/audit-log?limit=5')).json().items.map((event: { action: string }) => event.action);
    expect(actions.slice(0, 2)).toEqual(['customer.unmerged', 'customer.merged']);
  });

  it('undoes an older merge under a newer one and sends the right items back (three profiles)', async () => {
    const [c1] = await send([item({ member_id: 'C-ONE' })]);
    const [c2] = await send([item({ member_id: 'C-TWO' })]);
    const [c3] = await send([item({ member_id: 'C-THREE' })]);
    const [one, two, three] = await Promise.all([c1!, c2!, c3!].map(customerOf));
    const m1 = (await owner.post('/api/v1/customers/merge', { survivor_id: two, absorbed_id: three })).json();
    await owner.post('/api/v1/customers/merge', { survivor_id: one, absorbed_id: two });
    for (const id of [c1!, c2!, c3!]) expect(await customerOf(id)).toBe(one);
    // A new item of the deepest profile arrives while merged.
    const [c3b] = await send([item({ member_id: 'C-THREE' })]);
    expect(await customerOf(c3b!)).toBe(one);
    await owner.post(`/api/v1/customers/merges/${m1.merge_id}/unmerge`);
    expect(await customerOf(c1!)).toBe(one);
    expect(await customerOf(c2!)).toBe(one);
    expect(await customerOf(c3!)).toBe(three);
    expect(await customerOf(c3b!)).toBe(three);
  });

  it('refuses merging to everyone but owners and admins', async () => {
    for (const role of ['analyst', 'agent', 'viewer'] as const) {
      const client = await org.as(role);
      expect((await client.post('/api/v1/customers/merge', { survivor_id: anna, absorbed_id: bob })).statusCode).toBe(403);
    }
    expect((await ingest.post('/api/v1/customers/merge', { survivor_id: anna, absorbed_id: bob })).statusCode).toBe(403);
  });
});

describe('fusion at volume', () => {
  it('fuses batches of 1,000 with a fixed number of queries, whatever the batch size', async () => {
    const batches = Array.from({ length: 3 }, (_, b) =>
      Array.from({ length: 1000 }, (_, i) => ({
        source: 'review',
        channel: 'app',
        external_id: `vol-${b}-${i}`,
        text: 'The app is quick and the store staff were helpful',
        // 1,500 customers, half of them seen again in a later batch.
        identifiers: { phone: `+86139${String((b * 1000 + i) % 1500).padStart(8, '0')}`, member_id: `VM-${(b * 1000 + i) % 1500}` },
      })),
    );
    const statements = await sqlStatementsDuring(async () => {
      for (const items of batches) expect((await ingest.post('/api/v1/feedback/batch', { items })).statusCode).toBe(200);
    });
    const perBatch = statements.filter((sql) => !/api_keys|sessions|org_text_settings|FROM channels|touchpoints/.test(sql)).length / batches.length;
    // BEGIN, lock, duplicate check, owners, customers, identifiers, feedback, COMMIT.
    expect(perBatch).toBeLessThanOrEqual(10);
    const { rows } = await testApp.pool.query(`SELECT count(DISTINCT customer_id)::int AS n, count(*)::int AS items FROM feedback WHERE external_id LIKE 'vol-%'`);
    expect(rows[0]).toEqual({ n: 1500, items: 3000 });
  });

  it('folds many pairs of profiles met in one batch with one statement, names and seen-ranges combined', async () => {
    // Three pairs, and a trio whose oldest profile has no name: its name comes from the next oldest.
    const pairs: Array<{ a: string; b: string; p: number }> = [];
    for (let p = 0; p < 3; p++) {
      const [a] = await send([item({ phone: `1372222000${p}` })]);
      const [b] = await send([item({ email: `fold-pair${p}@example.com` })]);
      pairs.push({ a: (await customerOf(a!))!, b: (await customerOf(b!))!, p });
    }
    const [r1] = await send([item({ phone: '13611110000' })]);
    const [r2] = await send([item({ email: 'rae@example.com', name: 'Rae' })]);
    const [r3] = await send([item({ member_id: 'RAY-1', name: 'Ray' })]);
    let bridges: string[] = [];
    const statements = await sqlStatementsDuring(async () => {
      bridges = await send([
        ...pairs.map(({ p }) => item({ phone: `1372222000${p}`, email: `fold-pair${p}@example.com` })),
        item({ phone: '13611110000', email: 'rae@example.com', member_id: 'RAY-1' }),
      ]);
    });
    expect(statements.filter((sql) => /UPDATE customers c SET merged_into/.test(sql))).toHaveLength(1);
    for (const [i, { a, b }] of pairs.entries()) {
      expect(await customerOf(bridges[i]!)).toBe(a);
      const profile = (await owner.get(`/api/v1/customers/${a}`)).json();
      expect(profile.merged_profile_ids).toEqual([b]);
      expect(profile.summary.feedback_count).toBe(3);
    }
    const trio = [r1, r2, r3].map(String);
    const survivor = (await customerOf(trio[0]!))!;
    for (const id of [...trio, bridges[3]!]) expect(await customerOf(id)).toBe(survivor);
    const profile = (await owner.get(`/api/v1/customers/${survivor}`)).json();
    expect(profile.display_name).toBe('Rae');
    expect(profile.identifiers.map((i: { kind: string }) => i.kind).sort()).toEqual(['email', 'member_id', 'phone']);
    const { rows } = await testApp.pool.query(`SELECT min(occurred_at) AS first, max(occurred_at) AS last FROM feedback WHERE customer_id = $1`, [survivor]);
    expect(new Date(profile.first_seen_at)).toEqual(rows[0].first);
    expect(new Date(profile.last_seen_at)).toEqual(rows[0].last);
  });
});
