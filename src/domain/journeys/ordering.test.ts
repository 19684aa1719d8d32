import { describe, expect, it } from 'vitest';
import { moveTo } from './ordering.ts';

describe('moveTo', () => {
  it.each([
    [['a', 'b', 'c'], 'c', 0, ['c', 'a', 'b']],
    [['a', 'b', 'c'], 'a', 2, ['b', 'c', 'a']],
    [['a', 'b', 'c'], 'b', 99, ['a', 'c', 'b']],
    [['a', 'b', 'c'], 'b', 1, ['a', 'b', 'c']],
    [['a', 'b'], 'new', 1, ['a', 'new', 'b']],
  ])('moves in %j item %s to %i', (ids, id, position, expected) => {
    expect(moveTo(ids, id, position)).toEqual(expected);
  });
});
