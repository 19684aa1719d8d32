// The dashboard's import flow over HTTP: upload (multipart, size limit), preview with the detected
// encoding and a suggested mapping, start, the background job running in a real worker, progress,
// the downloadable error report, and who may do it.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { Runner } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '../src/jobs/start-worker.ts';
import { FIXTURES, multipartBody, writeXlsx } from './fixtures/files.ts';
import { createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let org: TestOrg;
let owner: Client;
let importDir: string;
let worker: Runner;

beforeAll(async () => {
  importDir = await mkdtemp(path.join(os.tmpdir(), 'openvoc-uploads-'));
  testApp = await startTestApp({ IMPORT_DIR: importDir, IMPORT_MAX_FILE_MB: '1' });
  org = await createTestOrg(testApp);
  owner = await org.as('owner');
  worker = await startWorker(testApp.pool, pino({ level: 'silent' }), { concurrency: 1 });
});
afterAll(async () => {
  await worker?.stop();
  await testApp?.close();
  await rm(importDir, { recursive: true, force: true });
});

async function upload(client: Client, fileName: string, content: Buffer) {
  const { payload, headers } = multipartBody(fileName, content);
  return client.request({ method: 'POST', url: '/api/v1/imports', payload, headers });
}

async function finished(id: string) {
  for (let i = 0; i < 200; i++) {
    const current = (await owner.get(`/api/v1/imports/${id}`)).json();
    if (['completed', 'failed', 'cancelled'].includes(current.status)) return current;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('import did not finish');
}

describe('import upload flow', () => {
  it('uploads a GBK CSV, previews it decoded with a suggested mapping, and imports it in the background', async () => {
    const uploaded = await upload(owner, '工单导出.csv', await readFile(path.join(FIXTURES, 'tickets-gbk.csv')));
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const created = uploaded.json();
    expect(created).toMatchObject({ file_name: '工单导出.csv', format: 'csv', detected_encoding: 'gb18030', status: 'uploaded' });

    const preview = (await owner.get(`/api/v1/imports/${created.id}/preview`)).json();
    expect(preview.columns).toEqual(['工单号', '问题描述', '满意度', '手机号码', '会员号', '创建时间', '处理门店']);
    expect(preview.rows[0]).toMatchObject({ row_number: 2, values: { 问题描述: '网上申请的退货门店不给办，客服电话也打不通，太失望了' } });
    expect(preview.suggested_mapping).toEqual({
      external_id: '工单号',
      text: '问题描述',
      csat: '满意度',
      'identifiers.phone': '手机号码',
      'identifiers.member_id': '会员号',
      occurred_at: '创建时间',
    });
    // Decoding as UTF-8 shows the user mojibake, which is how they notice a wrong encoding.
    const wrong = (await owner.get(`/api/v1/imports/${created.id}/preview?encoding=utf-8`)).json();
    expect(wrong.columns[0]).not.toBe('工单号');

    const started = await owner.post(`/api/v1/imports/${created.id}/start`, {
      source: 'ticket',
      channel: 'store',
      mapping: { ...preview.suggested_mapping, 'metadata.store': '处理门店' },
    });
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json().status).toBe('queued');
    const done = await finished(created.id);
    expect(done).toMatchObject({ status: 'completed', progress: { percent: 100, rows_read: 4, rows_created: 4, rows_failed: 0 } });
    const { rows } = await testApp.pool.query(`SELECT metadata FROM feedback WHERE org_id = $1 AND external_id = 'T-2004'`, [org.orgId]);
    expect(rows[0].metadata).toEqual({ store: '深圳南山' });
    expect(await readdir(importDir)).toEqual([]); // the upload is removed once imported
    expect((await owner.post(`/api/v1/imports/${created.id}/start`, { source: 'ticket', channel: 'store', mapping: { text: '问题描述' } })).statusCode).toBe(409);
    const list = (await owner.get('/api/v1/imports')).json();
    expect(list.items[0].id).toBe(created.id);
  });

  it('imports an XLSX upload and offers the row-level error report as CSV', async () => {
    const file = path.join(importDir, '..', `upload-${Date.now()}.xlsx`);
    await writeXlsx(file, [
      ['id', 'comment', 'nps', 'date', 'mobile'],
      ['X-1', 'Great service at the showroom', 9, new Date(Date.UTC(2026, 4, 1, 10, 0)), 13811112222],
      ['X-2', 'Nobody called me back', 15, new Date(Date.UTC(2026, 4, 2, 10, 0)), 13811113333],
      ['X-3', '', null, new Date(Date.UTC(2026, 4, 3, 10, 0)), null],
    ]);
    const created = (await upload(owner, 'survey.xlsx', await readFile(file))).json();
    await rm(file);
    expect(created).toMatchObject({ format: 'xlsx', detected_encoding: null });
    const preview = (await owner.get(`/api/v1/imports/${created.id}/preview`)).json();
    expect(preview.rows[0].values).toMatchObject({ id: 'X-1', nps: '9', mobile: '13811112222' });
    expect(preview.suggested_mapping).toMatchObject({ external_id: 'id', text: 'comment', nps: 'nps', occurred_at: 'date', 'identifiers.phone': 'mobile' });
    await owner.post(`/api/v1/imports/${created.id}/start`, { source: 'survey', channel: 'website', mapping: preview.suggested_mapping, timezone: 'UTC' });
    const done = await finished(created.id);
    expect(done.progress).toMatchObject({ rows_read: 3, rows_created: 1, rows_failed: 2, error_count: 2 });

    const report = await owner.get(`/api/v1/imports/${created.id}/errors`);
    expect(report.headers['content-type']).toContain('text/csv');
    expect(report.headers['content-disposition']).toContain('survey-errors.csv');
    expect(report.body).toContain('3,nps,nps,Too big: expected number to be <=10');
    expect(report.body).toContain('4,text,comment,"give text or at least one rating (nps, csat, ces, stars)"');
    const json = (await owner.get(`/api/v1/imports/${created.id}/errors?format=json`)).json();
    expect(json.items[0].text).toBe('row 3, field nps (column "nps"): Too big: expected number to be <=10');
  });

  it('refuses files over the size limit, files of other kinds, and bad mappings', async () => {
    const big = await upload(owner, 'big.csv', Buffer.alloc(1024 * 1024 + 10, 'a'));
    expect(big.statusCode).toBe(413);
    expect(await readdir(importDir)).toEqual([]);
    const binary = await upload(owner, 'photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    expect(binary.statusCode).toBe(415);
    const created = (await upload(owner, 'dupes.csv', await readFile(path.join(FIXTURES, 'duplicates.csv')))).json();
    const bad = await owner.post(`/api/v1/imports/${created.id}/start`, { source: 'social', channel: 'social', mapping: { 'identifiers.phone': 'mobile' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('map a column to text or to a rating');
    const missing = await owner.post(`/api/v1/imports/${created.id}/start`, { source: 'social', channel: 'social', mapping: { text: 'body' } });
    expect(missing.statusCode).toBe(202);
    const done = await finished(created.id);
    expect(done).toMatchObject({ status: 'failed' });
    expect(done.failure).toContain('The file has no column "body"');
    expect((await owner.delete(`/api/v1/imports/${created.id}`)).statusCode).toBe(204);
  });

  it('lets only owners and admins import', async () => {
    const content = await readFile(path.join(FIXTURES, 'duplicates.csv'));
    expect((await upload(await org.as('admin'), 'a.csv', content)).statusCode).toBe(201);
    for (const role of ['analyst', 'agent', 'viewer'] as const) {
      const client = await org.as(role);
      expect((await upload(client, 'a.csv', content)).statusCode).toBe(403);
      expect((await client.get('/api/v1/imports')).statusCode).toBe(403);
    }
  });
});
