// A large file is read as a stream: memory stays flat however big the file is. A 40 MB file is read
// here while the live heap is measured (after a collection) every few thousand rows; reading the file
// whole, or collecting its rows, would keep well over 40 MB alive.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRows } from '../src/domain/imports/read-rows.ts';

const TARGET_BYTES = 40 * 1024 * 1024;
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'openvoc-stream-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function writeLarge(file: string, line: (i: number) => string, encoding = 'utf-8', header?: string): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  let rows = 0;
  if (header) out.write(iconv.encode(`${header}\n`, encoding));
  while (bytes < TARGET_BYTES) {
    const chunk = iconv.encode(Array.from({ length: 1000 }, (_, k) => line(rows + k)).join('\n') + '\n', encoding);
    rows += 1000;
    bytes += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

async function readWatchingHeap(file: string, format: 'csv' | 'jsonl', encoding: string): Promise<{ rows: number; growthMb: number }> {
  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  let retained = 0;
  let rows = 0;
  for await (const event of readRows(file, { format, encoding })) {
    if (event.kind !== 'row' || ++rows % 25_000 !== 0) continue;
    collectGarbage();
    retained = Math.max(retained, process.memoryUsage().heapUsed - baseline);
  }
  return { rows, growthMb: retained / 1024 / 1024 };
}

describe('streaming import readers', () => {
  it('reads a 40 MB GBK CSV with flat memory', async () => {
    const file = path.join(dir, 'big-gbk.csv');
    const written = await writeLarge(file, (i) => `T-${i},"网上下单门店查不到，客服电话也打不通，太失望了，第${i}次反馈",${i % 5 + 1},138${String(i).padStart(8, '0')}`, 'gbk', '工单号,问题描述,满意度,手机');
    const { rows, growthMb } = await readWatchingHeap(file, 'csv', 'gbk');
    expect(rows).toBe(written);
    expect(growthMb).toBeLessThan(16);
  }, 120_000);

  it('reads 40 MB of JSON Lines with flat memory', async () => {
    const file = path.join(dir, 'big.jsonl');
    const written = await writeLarge(file, (i) => JSON.stringify({ external_id: `J-${i}`, text: `The charging station at the store was broken again, visit ${i}`, identifiers: { phone: `139${String(i).padStart(8, '0')}` } }));
    const { rows, growthMb } = await readWatchingHeap(file, 'jsonl', 'utf-8');
    expect(rows).toBe(written);
    expect(growthMb).toBeLessThan(16);
  }, 120_000);
});
