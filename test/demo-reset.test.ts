// `openvoc demo --reset` deletes the demo organisation with everything in it (journeys, touchpoints,
// feedback, customers, cases…) and loads it afresh; a real organisation is never touched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/domain/demo/load-demo.ts';
import { deleteDemo, findDemo } from '../src/domain/orgs/replace-demo-organisation.ts';
import { createTestOrg, startTestApp, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

const rowsOf = async (table: string, orgId: string) =>
  (await testApp.pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table} WHERE org_id = $1`, [orgId])).rows[0]!.count;

describe('resetting the demo organisation', () => {
  it('deletes the demo organisation and all its data, keeps other organisations, and loads again', async () => {
    const other = await createTestOrg(testApp);
    await loadDemo(testApp.pool, { now: new Date(), feedbackCount: 200 });
    const first = { orgId: (await findDemo(testApp.pool))!.id };
    for (const table of ['touchpoints', 'feedback', 'cases', 'customers']) expect(await rowsOf(table, first.orgId)).toBeGreaterThan(0);

    expect(await deleteDemo(testApp.pool)).toBe(true);

    for (const table of ['organisations_by_id', 'channels', 'journeys', 'touchpoints', 'feedback', 'cases', 'customers', 'users']) {
      if (table === 'organisations_by_id') {
        expect((await testApp.pool.query('SELECT 1 FROM organisations WHERE id = $1', [first.orgId])).rowCount).toBe(0);
      } else {
        expect(await rowsOf(table, first.orgId)).toBe(0);
      }
    }
    expect(await rowsOf('channels', other.orgId)).toBeGreaterThan(0);

    await loadDemo(testApp.pool, { now: new Date(), feedbackCount: 200, reset: true });
    const second = { orgId: (await findDemo(testApp.pool))!.id };
    expect(second.orgId).not.toBe(first.orgId);
    expect(await rowsOf('feedback', second.orgId)).toBeGreaterThan(0);
  });
});
