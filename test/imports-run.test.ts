// The import runner over many batches: counts and row numbers stay exact while batches overlap, a
// customer met in two batches is one customer, progress only moves forward, and a cancelled import stops.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/domain/actor.ts';
import { importLocalFile } from '../src/domain/imports/import-local-file.ts';
import { cancelImport, importErrors } from '../src/domain/imports/manage-imports.ts';
import { createTestOrg, startTestApp, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let org: TestOrg;
let dir: string;

beforeAll(async () => {
  testApp = await startTestApp();
  org = await createTestOrg(testApp);
  dir = await mkdtemp(path.join(os.tmpdir(), 'openvoc-import-run-'));
});
afterAll(async () => {
  await testApp.close();
  await rm(dir, { recursive: true, force: true });
});

async function csv(name: string, rows: number, line: (i: number) => string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, `id,text,nps,phone\n${Array.from({ length: rows }, (_, i) => line(i)).join('\n')}\n`);
  return file;
}

describe('import runner', () => {
  it('imports 2,500 rows in overlapping batches with exact counts, row numbers and fusion across batches', async () => {
    // Every 50th row is invalid; every 7th repeats an earlier id; phones repeat every 300 rows (so across batches).
    const file = await csv('many.csv', 2500, (i) => {
      const id = i % 7 === 6 ? `R-${i - 1}` : `R-${i}`;
      const nps = i % 50 === 49 ? 12 : i % 11;
      return `${id},Row ${i} about the showroom,${nps},1380000${String(i % 300).padStart(4, '0')}`;
    });
    const seen: number[] = [];
    const result = await importLocalFile(
      testApp.pool,
      systemActor(org.orgId),
      file,
      { source: 'review', channel: 'store', mapping: { external_id: 'id', text: 'text', nps: 'nps', 'identifiers.phone': 'phone' } },
      { batchSize: 100, onProgress: (progress) => seen.push(progress.rowsRead) },
    );
    const invalid = Array.from({ length: 2500 }, (_, i) => i).filter((i) => i % 50 === 49);
    const repeated = Array.from({ length: 2500 }, (_, i) => i).filter((i) => i % 7 === 6 && i % 50 !== 49 && (i - 1) % 50 !== 49);
    expect(result).toMatchObject({ status: 'completed', rowsRead: 2500, rowsFailed: invalid.length });
    expect(result.rowsCreated + result.rowsDuplicate).toBe(2500 - invalid.length);
    expect(result.rowsDuplicate).toBe(repeated.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const errors = [];
    for await (const error of importErrors(testApp.pool, systemActor(org.orgId), result.id)) errors.push(error);
    expect(errors.map((error) => error.rowNumber)).toEqual(invalid.map((i) => i + 2));
    expect(errors[0]).toMatchObject({ field: 'nps', message: 'Too big: expected number to be <=10' });
    // One customer per phone, however many batches it appeared in (phones ≡ 49 mod 50 only occur on invalid rows).
    const { rows } = await testApp.pool.query(
      `SELECT count(DISTINCT customer_id)::int AS customers, count(DISTINCT identifiers ->> 'phone')::int AS phones, count(*)::int AS items
         FROM feedback WHERE org_id = $1 AND source = 'review'`,
      [org.orgId],
    );
    expect(rows[0]).toEqual({ customers: 294, phones: 294, items: result.rowsCreated });
  });

  it('stops a cancelled import after the batches under way; what was imported stays, and a re-run completes it', async () => {
    const file = await csv('cancel.csv', 3000, (i) => `C-${i},Cancel me ${i},5,`);
    const actor = systemActor(org.orgId);
    const settings = { source: 'ticket', channel: 'store', mapping: { external_id: 'id', text: 'text' } };
    let cancelling: Promise<unknown> | undefined;
    const result = await importLocalFile(testApp.pool, actor, file, settings, {
      batchSize: 100,
      // Another person presses "Stop import" while it runs.
      onProgress: (progress) => {
        if (!cancelling && progress.rowsCreated >= 300) cancelling = cancelImport(testApp.pool, actor, progress.importId);
      },
    });
    await cancelling;
    expect(result.status).toBe('cancelled');
    expect(result.rowsCreated).toBeGreaterThanOrEqual(300);
    expect(result.rowsCreated).toBeLessThan(3000);
    const again = await importLocalFile(testApp.pool, actor, file, settings, { batchSize: 500 });
    expect(again).toMatchObject({ status: 'completed', rowsCreated: 3000 - result.rowsCreated, rowsDuplicate: result.rowsCreated });
  });
});
