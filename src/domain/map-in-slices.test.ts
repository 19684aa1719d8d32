import { describe, expect, it } from 'vitest';
import { mapInSlices } from './map-in-slices.ts';

describe('mapInSlices', () => {
  it('maps every item in order, with its index', async () => {
    const items = Array.from({ length: 103 }, (_, i) => i * 2);
    expect(await mapInSlices(items, (item, index) => `${index}:${item}`, 10)).toEqual(items.map((item, index) => `${index}:${item}`));
    expect(await mapInSlices([], (item) => item)).toEqual([]);
  });

  it('lets other work run between slices, not within one', async () => {
    const order: string[] = [];
    // Queued before the map starts: it runs at the map's first turn given back, i.e. after the first slice.
    setImmediate(() => order.push('other'));
    await mapInSlices([1, 2, 3, 4, 5], (item) => order.push(`item ${item}`), 2);
    expect(order).toEqual(['item 1', 'item 2', 'other', 'item 3', 'item 4', 'item 5']);
  });
});
