import { describe, expect, it } from 'vitest';
import { swapWithNeighbour } from './reorder.ts';

async function writes(items: Array<{ id: string; position: number }>, id: string, direction: -1 | 1) {
  const calls: Array<[string, number]> = [];
  await swapWithNeighbour(items, id, direction, async (target, position) => {
    calls.push([target, position]);
  });
  return calls;
}

describe('moving a stage or touchpoint', () => {
  const items = [
    { id: 'c', position: 2 },
    { id: 'a', position: 0 },
    { id: 'b', position: 1 },
  ];

  it('swaps positions with the neighbour in display order', async () => {
    expect(await writes(items, 'b', -1)).toEqual([
      ['b', 0],
      ['a', 1],
    ]);
  });

  it('does nothing at either end', async () => {
    expect(await writes(items, 'a', -1)).toEqual([]);
    expect(await writes(items, 'c', 1)).toEqual([]);
  });

  it('still moves items whose positions were never made distinct', async () => {
    const same = [
      { id: 'x', position: 0 },
      { id: 'y', position: 0 },
    ];
    expect(await writes(same, 'x', 1)).toEqual([
      ['x', 1],
      ['y', 0],
    ]);
  });
});
