import { describe, expect, it } from 'vitest';
import { durationParts } from './durations.ts';

describe('durationParts', () => {
  it.each([
    [null, null],
    [0, { value: 0, unit: 'minutes' }],
    [59.4, { value: 59, unit: 'minutes' }],
    [90, { value: 1.5, unit: 'hours' }],
    [47 * 60, { value: 47, unit: 'hours' }],
    [3 * 1440 + 144, { value: 3.1, unit: 'days' }],
  ])('%s minutes', (minutes, expected) => {
    expect(durationParts(minutes)).toEqual(expected);
  });
});
