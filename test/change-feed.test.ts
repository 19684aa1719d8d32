// Servers remember API keys and text settings between requests while the change feed (LISTEN on
// openvoc_changes) is live, and forget them when another process changes the rows: simulated here
// by changing them with SQL behind the app's back, as a second server would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeFeedIsLive } from '../src/db/change-feed.ts';
import { sqlStatementsDuring } from './support/sql-statements.ts';
import { apiKeyClient, createTestOrg, startTestApp, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let org: TestOrg;

beforeAll(async () => {
  testApp = await startTestApp();
  org = await createTestOrg(testApp);
  await until(() => changeFeedIsLive());
});
afterAll(() => testApp.close());

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const item = (text: string) => ({ source: 'api', channel: 'app', text });

describe('change feed', () => {
  it('remembers an API key between requests and forgets it when another server revokes it', async () => {
    const key = await org.apiKey();
    const ingest = apiKeyClient(testApp.app, key);
    expect((await ingest.post('/api/v1/feedback', item('first'))).statusCode).toBe(201);
    const second = await sqlStatementsDuring(async () => expect((await ingest.post('/api/v1/feedback', item('second'))).statusCode).toBe(201));
    expect(second.filter((sql) => /FROM api_keys/.test(sql))).toEqual([]);

    await testApp.pool.query(`UPDATE api_keys SET revoked_at = now() WHERE org_id = $1`, [org.orgId]);
    await until(async () => (await ingest.post('/api/v1/feedback', item('after revoking'))).statusCode === 401, 5000);
    expect((await ingest.post('/api/v1/feedback', item('still revoked'))).statusCode).toBe(401);
  });

  it('uses a taxonomy saved by another server for the next items', async () => {
    const ingest = apiKeyClient(testApp.app, await org.apiKey());
    const post = async (text: string) => (await ingest.post('/api/v1/feedback', item(text))).json();
    expect((await post('the parking was full')).themes.map((t: { id: string }) => t.id)).not.toContain('parking');
    const settingsReads = await sqlStatementsDuring(() => post('parking again'));
    expect(settingsReads.filter((sql) => /org_text_settings/.test(sql))).toEqual([]);

    const taxonomy = { version: 1, themes: [{ id: 'parking', label_en: 'Parking', label_zh: '停车', terms_en: ['parking'], terms_zh: ['停车'], patterns: [] }] };
    await testApp.pool.query(
      `INSERT INTO org_text_settings (org_id, taxonomy) VALUES ($1, $2)
       ON CONFLICT (org_id) DO UPDATE SET taxonomy = EXCLUDED.taxonomy, revision = org_text_settings.revision + 1`,
      [org.orgId, JSON.stringify(taxonomy)],
    );
    await until(async () => (await post('parking is impossible')).themes.some((t: { id: string }) => t.id === 'parking'), 5000);
  });

  it('reads the database on every request while the feed is down, and remembers again once it is back', async () => {
    const ingest = apiKeyClient(testApp.app, await org.apiKey());
    await testApp.pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN openvoc_changes' AND datname = current_database()`);
    await until(() => !changeFeedIsLive());
    const whileDown = await sqlStatementsDuring(async () => expect((await ingest.post('/api/v1/feedback', item('feed down'))).statusCode).toBe(201));
    expect(whileDown.filter((sql) => /FROM api_keys/.test(sql))).toHaveLength(1);

    await until(() => changeFeedIsLive());
    await ingest.post('/api/v1/feedback', item('feed back'));
    const afterwards = await sqlStatementsDuring(() => ingest.post('/api/v1/feedback', item('remembered again')));
    expect(afterwards.filter((sql) => /FROM api_keys/.test(sql))).toEqual([]);
  });
});
