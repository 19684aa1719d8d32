// Single-item requests arriving together are stored in one transaction (group commit), yet each request
// is answered with its own item, duplicates among them are recognised, and one bad item never fails
// the others it was grouped with.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOwner } from './support/journey-fixtures.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

const insertingTransactions = async (orgId: string) =>
  (await testApp.pool.query<{ n: number }>(`SELECT count(DISTINCT xmin::text)::int AS n FROM feedback WHERE org_id = $1`, [orgId])).rows[0]!.n;

describe('single items arriving together', () => {
  it('are answered one by one with their own item, and stored in fewer transactions than requests', async () => {
    const { ingest } = await newOwner(testApp);
    const texts = Array.from({ length: 40 }, (_, i) => `Item number ${i}: the store was ${i % 2 ? 'great' : 'slow'}`);
    const responses = await Promise.all(texts.map((text, i) => ingest.post('/api/v1/feedback', { source: 'api', channel: 'store', external_id: `g-${i}`, text })));
    expect(responses.map((response) => response.statusCode)).toEqual(texts.map(() => 201));
    expect(responses.map((response) => response.json().text)).toEqual(texts);
    expect(responses.map((response) => response.json().external_id)).toEqual(texts.map((_, i) => `g-${i}`));
    const orgId = (await testApp.pool.query<{ org_id: string }>(`SELECT org_id FROM feedback WHERE id = $1`, [responses[0]!.json().id])).rows[0]!.org_id;
    expect((await testApp.pool.query(`SELECT 1 FROM feedback WHERE org_id = $1`, [orgId])).rowCount).toBe(40);
    expect(await insertingTransactions(orgId)).toBeLessThan(40);
  });

  it('recognise the same item sent twice at once: one created, one duplicate naming it', async () => {
    const { ingest } = await newOwner(testApp);
    const body = { source: 'api', channel: 'app', external_id: 'twice', text: 'sent twice' };
    const responses = await Promise.all([ingest.post('/api/v1/feedback', body), ingest.post('/api/v1/feedback', body), ingest.post('/api/v1/feedback', { ...body, external_id: 'other' })]);
    const statuses = responses.slice(0, 2).map((response) => response.statusCode).sort();
    expect(statuses).toEqual([200, 201]);
    expect(responses[0]!.json().id).toBe(responses[1]!.json().id);
    expect(responses[2]!.statusCode).toBe(201);
  });

  it('keep their own outcome when one of them names a channel deleted a moment ago', async () => {
    const { owner, ingest } = await newOwner(testApp);
    expect((await owner.post('/api/v1/channels', { key: 'popup_1', name_en: 'Pop-up store', kind: 'physical' })).statusCode).toBe(201);
    // Ingestion reads and remembers the channels, popup_1 among them; then it is deleted.
    expect((await ingest.post('/api/v1/feedback', { source: 'api', channel: 'app', csat: 4 })).statusCode).toBe(201);
    expect((await owner.delete('/api/v1/channels/popup_1')).statusCode).toBe(204);
    const bodies = Array.from({ length: 12 }, (_, i) => ({ source: 'api', channel: i === 5 ? 'popup_1' : 'app', csat: 3, external_id: `c-${i}` }));
    const responses = await Promise.all(bodies.map((body) => ingest.post('/api/v1/feedback', body)));
    expect(responses.map((response) => response.statusCode)).toEqual(bodies.map((_, i) => (i === 5 ? 400 : 201)));
    expect(responses[5]!.json().error).toMatchObject({ code: 'validation_failed', details: [{ path: 'channel', message: expect.stringContaining('"popup_1" is not a channel') }] });
  });
});
