// `openvoc import` on real files: UTF-8 with a BOM and multi-line values, GBK and Big5 without a BOM,
// malformed rows, duplicate rows, JSON Lines with broken lines, an XLSX, oversized rows — as a user
// runs it, in a child process against a real database.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../src/domain/orgs/create-organisation.ts';
import { FIXTURES, writeXlsx } from './fixtures/files.ts';
import { runCli } from './support/run-cli.ts';
import { createTestDatabase } from './support/test-database.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let env: Record<string, string>;
let orgId: string;
let tmp: string;

beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.url };
  const { org } = await createOrganisation(database.pool, { name: 'Import Co', owner: { email: 'owner@import.example', name: 'Owner', password: 'long-enough-pw' } });
  orgId = org.id;
  tmp = await mkdtemp(path.join(os.tmpdir(), 'openvoc-import-test-'));
});
afterAll(async () => {
  await database.drop();
  await rm(tmp, { recursive: true, force: true });
});

const fixture = (name: string) => path.join(FIXTURES, name);
const rowsOf = async (sql: string, params: unknown[] = []) => (await database.pool.query(sql, params)).rows;

describe('openvoc import', () => {
  it('imports a UTF-8 CSV with a BOM, multi-line values and messy phones, fusing customers; re-importing changes nothing', async () => {
    const args = [
      'import', fixture('reviews-utf8.csv'), '--source', 'review', '--channel', 'website',
      '--map', 'external_id=review_id,text=评论内容,stars=评分,identifiers.phone=手机,identifiers.email=邮箱,metadata.store=门店,occurred_at=日期',
    ];
    const first = await runCli(args, env);
    expect(first.stderr).not.toMatch(/problem/);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('reviews-utf8.csv: 5 rows read — 5 new, 0 already there, 0 failed.');

    const rows = await rowsOf(`SELECT external_id, text, stars, identifiers, metadata, occurred_at, customer_id FROM feedback WHERE org_id = $1 AND source = 'review' ORDER BY external_id`, [orgId]);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ external_id: 'R-1001', text: '试驾体验很好，销售很专业', stars: 5, identifiers: { phone: '+8613812345678', email: 'li.wei@example.com' }, metadata: { store: '上海徐汇' } });
    expect(rows[0].occurred_at.toISOString()).toBe('2026-03-01T02:15:00.000Z'); // Beijing time
    expect(rows[2].stars).toBe(4.5);
    expect(rows[3].text).toBe('提车当天发现漆面有划痕，\n门店说只能回厂处理');
    expect(rows[3].customer_id).toBe(rows[0].customer_id); // same phone, written differently
    expect(rows[4].customer_id).toBeNull(); // no identifiers

    const again = await runCli(args, env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('5 rows read — 0 new, 5 already there, 0 failed.');
  });

  it('detects GBK without being told, and fuses the tickets with the reviews by phone', async () => {
    const result = await runCli(
      ['import', fixture('tickets-gbk.csv'), '--source', 'ticket', '--channel', 'store', '--map', 'external_id=工单号,text=问题描述,csat=满意度,identifiers.phone=手机号码,identifiers.member_id=会员号,occurred_at=创建时间,metadata.门店=处理门店'],
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('4 rows read — 4 new');
    const [ticket] = await rowsOf(`SELECT text, csat, metadata, customer_id, identifiers FROM feedback WHERE org_id = $1 AND external_id = 'T-2001'`, [orgId]);
    expect(ticket).toMatchObject({ text: '网上申请的退货门店不给办，客服电话也打不通，太失望了', csat: 1, metadata: { 门店: '上海徐汇' }, identifiers: { phone: '+8613812345678', member_id: 'AM-100001' } });
    const [review] = await rowsOf(`SELECT customer_id FROM feedback WHERE org_id = $1 AND external_id = 'R-1001'`, [orgId]);
    expect(ticket!.customer_id).toBe(review!.customer_id);
  });

  it('reads Big5 when told with --encoding, and the same file as GB18030 would be garbage', async () => {
    const result = await runCli(['import', fixture('reviews-big5.csv'), '--source', 'review', '--channel', 'app', '--map', 'external_id=編號,text=內容,stars=評分', '--encoding', 'big5'], env);
    expect(result.code, result.stderr).toBe(0);
    const [row] = await rowsOf(`SELECT text FROM feedback WHERE org_id = $1 AND external_id = 'B-1'`, [orgId]);
    expect(row!.text).toBe('服務人員非常親切，交車流程順利');
  });

  it('imports the good rows of a malformed CSV and reports each bad one by row and field (exit code 2)', async () => {
    const report = path.join(tmp, 'errors.csv');
    const result = await runCli(
      ['import', fixture('malformed.csv'), '--source', 'import', '--channel', 'website', '--map', 'external_id=id,text=text,nps=nps,occurred_at=date,identifiers.phone=phone', '--timezone', 'UTC', '--errors', report],
      env,
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('malformed.csv: 10 rows read — 3 new, 0 already there, 7 failed.');
    expect(result.stderr).toContain('row 3, field nps (column "nps"): "nine" is not a number');
    expect(result.stderr).toContain('row 4, field nps (column "nps"): Too big: expected number to be <=10');
    expect(result.stderr).toContain('row 5, field occurred_at (column "date"): "yesterday" is not a date');
    expect(result.stderr).toContain('row 6: has 7 values but the header has 5 columns');
    expect(result.stderr).toContain('row 7, field text (column "text"): give text or at least one rating');
    expect(result.stderr).toContain('row 11, field occurred_at (column "date"): must not be in the future');
    expect(result.stderr).toContain('row 12: a quoted value is never closed');
    const imported = await rowsOf(`SELECT external_id, text FROM feedback WHERE org_id = $1 AND source = 'import' ORDER BY external_id`, [orgId]);
    expect(imported).toEqual([
      { external_id: 'M-1', text: 'The advisor was great' },
      { external_id: 'M-7', text: 'He said "no way" and left' },
      { external_id: 'M-8', text: 'Quoted, with comma' },
    ]);
    const csv = await readFile(report, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFrow,field,column,message');
    expect(csv).toContain('3,nps,nps,"""nine"" is not a number"');
  });

  it('imports duplicate rows once, identified by a hash of their content', async () => {
    const args = ['import', fixture('duplicates.csv'), '--source', 'social', '--channel', 'social', '--map', 'text=comment,stars=stars,identifiers.phone=mobile'];
    const result = await runCli(args, env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('6 rows read — 3 new, 3 already there, 0 failed.');
    const rows = await rowsOf(`SELECT external_id FROM feedback WHERE org_id = $1 AND source = 'social'`, [orgId]);
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => /^row-[A-Za-z0-9_-]{32}$/.test(row.external_id))).toBe(true);
    expect((await runCli(args, env)).stdout).toContain('0 new, 6 already there');
  });

  it('imports JSON Lines in the feedback shape, reporting broken lines by line number', async () => {
    const result = await runCli(
      ['import', fixture('chats.jsonl'), '--source', 'chat', '--channel', 'wechat', '--map', 'external_id=external_id,text=text,csat=csat,occurred_at=occurred_at,identifiers.phone=identifiers.phone,identifiers.email=identifiers.email,identifiers.wechat_openid=identifiers.wechat_openid,metadata.agent=metadata.agent'],
      env,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('row 2: is not valid JSON');
    expect(result.stderr).toContain('row 4: is not a JSON object');
    expect(result.stderr).toContain('row 6, field csat (column "csat"): Too big: expected number to be <=5');
    const rows = await rowsOf(`SELECT external_id, metadata, identifiers, customer_id FROM feedback WHERE org_id = $1 AND source = 'chat' ORDER BY external_id`, [orgId]);
    expect(rows.map((row) => row.external_id)).toEqual(['C-1', 'C-3']);
    expect(rows[0].metadata).toEqual({ agent: '小王' });
    const [review] = await rowsOf(`SELECT customer_id FROM feedback WHERE org_id = $1 AND external_id = 'R-1001'`, [orgId]);
    expect(rows[0].customer_id).toBe(review!.customer_id); // the chat joins the customer of the reviews and tickets
    expect(rows[1].customer_id).not.toBeNull();
  });

  it('imports an XLSX: dates, numbers stored as numbers, rich text and formulas', async () => {
    const file = path.join(tmp, 'calls.xlsx');
    await writeXlsx(file, [
      ['call_id', 'transcript', 'score', 'started', 'caller'],
      ['K-1', 'Agent was polite but I had to explain my problem twice', 6, new Date(Date.UTC(2026, 4, 20, 9, 30)), 13812345678],
      ['K-2', { richText: [{ text: '充电桩' }, { text: '一直没人安装' }] }, { formula: '1+1', result: 2 }, new Date(Date.UTC(2026, 4, 21, 14, 0)), '+86 137 0000 2222'],
      [],
      ['K-3', 'Thanks for the quick callback', 10, '2026-05-22 08:00', null],
    ]);
    const result = await runCli(['import', file, '--source', 'call', '--channel', 'call_centre', '--map', 'external_id=call_id,text=transcript,nps=score,occurred_at=started,identifiers.phone=caller'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('3 rows read — 3 new');
    const rows = await rowsOf(`SELECT external_id, text, nps, occurred_at, identifiers FROM feedback WHERE org_id = $1 AND source = 'call' ORDER BY external_id`, [orgId]);
    expect(rows[0]).toMatchObject({ nps: 6, identifiers: { phone: '+8613812345678' } });
    expect(rows[0].occurred_at.toISOString()).toBe('2026-05-20T01:30:00.000Z');
    expect(rows[1]).toMatchObject({ text: '充电桩一直没人安装', nps: 2, identifiers: { phone: '+8613700002222' } });
    expect(rows[2].occurred_at.toISOString()).toBe('2026-05-22T00:00:00.000Z');
  });

  it('rejects oversized rows on their own and imports the rest', async () => {
    const csv = path.join(tmp, 'huge.csv');
    await writeFile(csv, `id,text\nH-1,${'很长的反馈'.repeat(5000)}\nH-2,short and fine\n`);
    const result = await runCli(['import', csv, '--source', 'review', '--channel', 'app', '--map', 'external_id=id,text=text'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('row 2, field text (column "text"): must be at most 20000 characters');
    const jsonl = path.join(tmp, 'huge.jsonl');
    await writeFile(jsonl, `${JSON.stringify({ id: 'J-1', text: 'x'.repeat(5 * 1024 * 1024) })}\n${JSON.stringify({ id: 'J-2', text: 'after the huge line' })}\n`);
    const lines = await runCli(['import', jsonl, '--source', 'review', '--channel', 'app', '--map', 'external_id=id,text=text'], env);
    expect(lines.code).toBe(2);
    expect(lines.stderr).toContain('row 1: is longer than 4 M characters');
    expect((await rowsOf(`SELECT external_id FROM feedback WHERE org_id = $1 AND external_id IN ('H-2', 'J-2')`, [orgId])).length).toBe(2);
  });

  it('fails clearly on a bad mapping, an unknown channel or a missing column', async () => {
    const bad = await runCli(['import', fixture('duplicates.csv'), '--source', 'social', '--channel', 'social', '--map', 'txt=comment'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('mapping.txt: is not a feedback field');
    const channel = await runCli(['import', fixture('duplicates.csv'), '--source', 'social', '--channel', 'fax', '--map', 'text=comment'], env);
    expect(channel.code).toBe(1);
    expect(channel.stderr).toContain('"fax" is not a channel');
    const column = await runCli(['import', fixture('duplicates.csv'), '--source', 'social', '--channel', 'social', '--map', 'text=body'], env);
    expect(column.code).toBe(1);
    expect(column.stderr).toContain('The file has no column "body"');
    expect(column.stderr).not.toMatch(/\n\s+at /);
  });
});
