// Customer 360, the cross-channel timeline, and the privacy operations (export, erase) with their audit
// trail and permissions, through the real API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let org: TestOrg;
let ingest: Client;
let owner: Client;
let customerId: string;
let feedbackIds: string[];

beforeAll(async () => {
  testApp = await startTestApp();
  org = await createTestOrg(testApp);
  ingest = apiKeyClient(testApp.app, await org.apiKey());
  owner = await org.as('owner');
  const response = await ingest.post('/api/v1/feedback/batch', {
    items: [
      {
        source: 'review', channel: 'website', external_id: 'rv-1', occurred_at: '2026-03-01T10:00:00Z', stars: 4,
        text: '网上下单很方便，页面清楚', identifiers: { phone: '13812345678', name: '李伟' },
      },
      {
        source: 'survey', channel: 'store', external_id: 'sv-1', occurred_at: '2026-03-05T10:00:00Z', nps: 3,
        text: '我叫李伟，网上申请的退货门店不给办，太失望了。电话 13812345678', identifiers: { phone: '+86 138 1234 5678', member_id: 'AM-7' },
        metadata: { store: '上海徐汇', customer_name: '李伟', mobile: '13812345678' },
      },
      {
        source: 'call', channel: 'call_centre', external_id: 'cl-1', occurred_at: '2026-03-06T09:00:00Z', csat: 1,
        text: '客服电话一直打不通，要我重复说明问题', identifiers: { member_id: 'AM-7', email: 'li.wei@example.com' },
      },
      { source: 'chat', channel: 'wechat', external_id: 'ch-1', occurred_at: '2026-03-07T09:00:00Z', csat: 4, text: '微信客服终于帮我解决了', identifiers: { email: 'LI.WEI@example.com' } },
      { source: 'review', channel: 'app', external_id: 'other-1', occurred_at: '2026-03-07T09:00:00Z', stars: 5, text: 'Great app', identifiers: { phone: '13900000000' } },
    ],
  });
  expect(response.statusCode, response.body).toBe(200);
  feedbackIds = response.json().items.map((item: { id: string }) => item.id);
  const { rows } = await testApp.pool.query(`SELECT customer_id FROM feedback WHERE id = $1`, [feedbackIds[0]]);
  customerId = rows[0].customer_id;
});
afterAll(() => testApp.close());

describe('customer 360', () => {
  it('shows one customer across four channels: scores, sentiment trend, themes, channel path', async () => {
    const response = await owner.get(`/api/v1/customers/${customerId}`);
    expect(response.statusCode).toBe(200);
    const profile = response.json();
    expect(profile).toMatchObject({ id: customerId, display_name: '李伟', erased_at: null });
    expect(profile.identifiers.map((i: { kind: string }) => i.kind)).toEqual(['phone', 'email', 'member_id']);
    const { summary } = profile;
    expect(summary.feedback_count).toBe(4);
    expect(summary.latest.nps).toMatchObject({ value: 3, channel: 'store' });
    expect(summary.latest.csat).toMatchObject({ value: 4, channel: 'wechat' });
    expect(summary.channel_path.map((step: { channel: string }) => step.channel)).toEqual(['website', 'store', 'call_centre', 'wechat']);
    expect(summary.by_source.map((s: { source: string }) => s.source).sort()).toEqual(['call', 'chat', 'review', 'survey']);
    expect(summary.sentiment.points).toHaveLength(4);
    expect(summary.sentiment.points[0].occurred_at).toBe('2026-03-01T10:00:00.000Z');
    expect(summary.themes.length).toBeGreaterThan(0);
    expect(summary.themes[0]).toHaveProperty('label_zh');
    expect(summary.breakpoints.length).toBeGreaterThanOrEqual(1);
  });

  it('lists the timeline newest first with cursor pagination', async () => {
    const first = (await owner.get(`/api/v1/customers/${customerId}/timeline?limit=3`)).json();
    expect(first.items.map((entry: { feedback: { channel: string } }) => entry.feedback.channel)).toEqual(['wechat', 'call_centre', 'store']);
    expect(first.items[0].type).toBe('feedback');
    const second = (await owner.get(`/api/v1/customers/${customerId}/timeline?limit=3&cursor=${first.next_cursor}`)).json();
    expect(second.items.map((entry: { feedback: { channel: string } }) => entry.feedback.channel)).toEqual(['website']);
    expect(second.next_cursor).toBeNull();
  });

  it('finds customers by any identifier format, by name, or by id', async () => {
    for (const q of ['138 1234 5678', '+8613812345678', 'LI.WEI@EXAMPLE.COM', 'AM-7', '李', customerId]) {
      const found = (await owner.get(`/api/v1/customers?q=${encodeURIComponent(q)}`)).json();
      expect(found.items.map((c: { id: string }) => c.id), q).toEqual([customerId]);
    }
    const all = (await owner.get('/api/v1/customers?limit=1')).json();
    expect(all.items).toHaveLength(1);
    expect(all.next_cursor).not.toBeNull();
    const next = (await owner.get(`/api/v1/customers?limit=1&cursor=${all.next_cursor}`)).json();
    expect(next.items).toHaveLength(1);
    expect(next.items[0].id).not.toBe(all.items[0].id);
    expect(all.items[0]).toHaveProperty('feedback_count');
  });

  it('lets every role read customers, but only owners and admins export, erase or merge', async () => {
    for (const role of ['admin', 'analyst', 'agent', 'viewer'] as const) {
      const client = await org.as(role);
      expect((await client.get(`/api/v1/customers/${customerId}`)).statusCode).toBe(200);
      expect((await client.get(`/api/v1/customers/${customerId}/timeline`)).statusCode).toBe(200);
      const allowed = role === 'admin';
      if (!allowed) {
        expect((await client.post(`/api/v1/customers/${customerId}/export`)).statusCode).toBe(403);
        expect((await client.post(`/api/v1/customers/${customerId}/erase`, {})).statusCode).toBe(403);
        expect((await client.get('/api/v1/audit-log')).statusCode).toBe(403);
      }
    }
    expect((await ingest.get(`/api/v1/customers/${customerId}`)).statusCode).toBe(403);
  });

  it('keeps other organisations out', async () => {
    const other = await createTestOrg(testApp);
    const client = await other.as('owner');
    expect((await client.get(`/api/v1/customers/${customerId}`)).statusCode).toBe(404);
    expect((await client.post(`/api/v1/customers/${customerId}/erase`, {})).statusCode).toBe(404);
    expect((await client.get('/api/v1/customers')).json().items).toEqual([]);
  });
});

describe('export and erase', () => {
  it('exports everything about the customer as a JSON document, audited', async () => {
    const response = await owner.post(`/api/v1/customers/${customerId}/export`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(`customer-${customerId}.json`);
    const document = response.json();
    expect(document.format).toBe('openvoc.customer-export/1');
    expect(document.customer.id).toBe(customerId);
    expect(document.identifiers).toHaveLength(3);
    expect(document.feedback).toHaveLength(4);
    expect(document.feedback.map((f: { text: string }) => f.text)).toContain('微信客服终于帮我解决了');
    expect(document.feedback[0]).toHaveProperty('analysis_explanation');
    expect(document.audit_events.map((e: { action: string }) => e.action)).toContain('customer.exported');
  });

  it('erases personal data irreversibly, keeping ratings, sentiment, themes, channels and dates', async () => {
    const before = await testApp.pool.query(
      `SELECT id, nps, csat, stars, sentiment_label, sentiment_score, themes, channel, occurred_at FROM feedback WHERE customer_id = $1 ORDER BY id`,
      [customerId],
    );
    const aggregatesBefore = (await testApp.pool.query(`SELECT avg(nps)::float AS nps, count(*)::int AS n FROM feedback WHERE org_id = $1`, [org.orgId])).rows[0];

    const response = await owner.post(`/api/v1/customers/${customerId}/erase`, { reason: 'GDPR request #42' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ customer_id: customerId, feedback_items: 4, identifiers_removed: 3 });

    const after = await testApp.pool.query(
      `SELECT id, nps, csat, stars, sentiment_label, sentiment_score, themes, channel, occurred_at FROM feedback WHERE customer_id = $1 ORDER BY id`,
      [customerId],
    );
    expect(after.rows).toEqual(before.rows);
    expect((await testApp.pool.query(`SELECT avg(nps)::float AS nps, count(*)::int AS n FROM feedback WHERE org_id = $1`, [org.orgId])).rows[0]).toEqual(aggregatesBefore);

    const stored = await testApp.pool.query(`SELECT text, text_redacted, identifiers, metadata, analysis FROM feedback WHERE customer_id = $1`, [customerId]);
    const everything = JSON.stringify(stored.rows);
    for (const personal of ['13812345678', '李伟', 'li.wei@example.com', 'AM-7']) expect(everything).not.toContain(personal);
    expect(everything).toContain('上海徐汇'); // the store is not personal data
    expect(stored.rows.every((row) => JSON.stringify(row.identifiers) === '{}')).toBe(true);
    expect((await testApp.pool.query(`SELECT count(*)::int AS n FROM customer_identifiers WHERE customer_id = $1`, [customerId])).rows[0].n).toBe(0);

    const profile = (await owner.get(`/api/v1/customers/${customerId}`)).json();
    expect(profile.display_name).toBeNull();
    expect(profile.erased_at).not.toBeNull();
    expect(profile.summary.feedback_count).toBe(4);

    // The same phone later starts a new, unrelated profile.
    const later = await ingest.post('/api/v1/feedback', { source: 'chat', channel: 'wechat', text: 'hello again', identifiers: { phone: '13812345678' } });
    expect(later.json().customer_id).not.toBe(customerId);

    const audit = (await owner.get(`/api/v1/audit-log?subject=customer:${customerId}`)).json().items;
    expect(audit[0]).toMatchObject({ action: 'customer.erased', details: { feedback_items: 4, identifiers_removed: 3, reason: 'GDPR request #42', text: 'redact' } });
    expect(audit[0].actor).toMatch(/^user:/);
    expect((await owner.post(`/api/v1/customers/${customerId}/erase`, {})).statusCode).toBe(409);
  });

  it('can remove the text entirely', async () => {
    const created = await ingest.post('/api/v1/feedback', { source: 'ticket', channel: 'store', text: 'Call me on 13700001111, Zhang San', identifiers: { phone: '13700001111', name: 'Zhang San' } });
    const id = created.json().customer_id;
    expect((await owner.post(`/api/v1/customers/${id}/erase`, { text: 'remove' })).statusCode).toBe(200);
    const { rows } = await testApp.pool.query(`SELECT text, text_redacted FROM feedback WHERE customer_id = $1`, [id]);
    expect(rows).toEqual([{ text: '[ERASED]', text_redacted: '[ERASED]' }]);
  });
});
