import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitRange } from './day-ranges.ts';

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Every day covered by a split, expanding month ranges to their days. */
function coveredDays(from: string, to: string): string[] {
  const split = splitRange(from, to);
  const out: string[] = [];
  for (const [a, b] of split.days) for (let t = Date.parse(a); t <= Date.parse(b); t += DAY_MS) out.push(day(t));
  for (const [a, b] of split.months) {
    for (let t = Date.parse(a); t <= Date.parse(b); ) {
      const d = new Date(t);
      const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      for (let u = t; u < next; u += DAY_MS) out.push(day(u));
      t = next;
    }
  }
  return out.sort();
}

describe('splitRange', () => {
  it('reads whole months from the monthly rollups and the edges from the daily ones', () => {
    expect(splitRange('2026-01-15', '2026-04-10')).toEqual({ days: [['2026-01-15', '2026-01-31'], ['2026-04-01', '2026-04-10']], months: [['2026-02-01', '2026-03-01']] });
    expect(splitRange('2026-02-01', '2026-02-28')).toEqual({ days: [], months: [['2026-02-01', '2026-02-01']] });
    expect(splitRange('2026-02-03', '2026-02-20')).toEqual({ days: [['2026-02-03', '2026-02-20']], months: [] });
  });

  it('covers every day of any range exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 800 }), (start, length) => {
        const from = day(Date.UTC(2024, 0, 1) + start * DAY_MS);
        const to = day(Date.UTC(2024, 0, 1) + (start + length) * DAY_MS);
        const expected = Array.from({ length: length + 1 }, (_, i) => day(Date.parse(from) + i * DAY_MS));
        expect(coveredDays(from, to)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
