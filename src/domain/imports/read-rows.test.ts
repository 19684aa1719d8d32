import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { readRows, type RowEvent } from './read-rows.ts';

const malformed = fileURLToPath(new URL('../../../test/fixtures/imports/malformed.csv', import.meta.url));

async function readSlowly(delayMs: number): Promise<RowEvent[]> {
  const events: RowEvent[] = [];
  for await (const event of readRows(malformed, { format: 'csv', encoding: 'utf8' })) {
    events.push(event);
    // A slow consumer (a database write per row) lets the parser run ahead of this loop.
    if (delayMs > 0) await sleep(delayMs);
  }
  return events;
}

describe('reading CSV rows', () => {
  it('reports a broken record at its own row however far the parser has read ahead', async () => {
    const fast = await readSlowly(0);
    const slow = await readSlowly(5);
    expect(slow).toEqual(fast);
    const quoteError = slow.find((event) => event.kind === 'error' && event.message.startsWith('a quoted value is never closed'));
    expect(quoteError).toMatchObject({ number: 12 });
    const numbers = slow.filter((event) => event.kind !== 'header').map((event) => (event as { number: number }).number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });
});
