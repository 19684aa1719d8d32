// CHANGE_FEED=false (for PgBouncer in transaction mode, where LISTEN does not work): no LISTEN
// session, and API keys are read on every request.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sqlStatementsDuring } from './support/sql-statements.ts';
import { apiKeyClient, createTestOrg, startTestApp, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ CHANGE_FEED: 'false' });
});
afterAll(() => testApp.close());

it('reads the API key on every request and never listens', async () => {
  const ingest = apiKeyClient(testApp.app, await (await createTestOrg(testApp)).apiKey());
  const statements = await sqlStatementsDuring(async () => {
    for (const text of ['one', 'two', 'three']) expect((await ingest.post('/api/v1/feedback', { source: 'api', channel: 'app', text })).statusCode).toBe(201);
  });
  expect(statements.filter((sql) => /FROM api_keys/.test(sql))).toHaveLength(3);
  const { rows } = await testApp.pool.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'`);
  expect(rows[0].n).toBe(0);
});
