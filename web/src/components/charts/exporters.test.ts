import { describe, expect, it } from 'vitest';
import { fileName, toCsv } from './exporters.ts';

describe('toCsv', () => {
  it('quotes commas, quotes and newlines, keeps Chinese text, and defuses formulas', () => {
    const csv = toCsv({ columns: ['渠道', 'NPS'], rows: [['门店, 上海', 12.5], ['say "hi"', null], ['=HYPERLINK("x")', -3]] });
    expect(csv.split('\r\n')).toEqual(['渠道,NPS', '"门店, 上海",12.5', '"say ""hi""",', `"'=HYPERLINK(""x"")",-3`]);
  });
  it('makes safe file names', () => {
    expect(fileName('NPS / 渠道 2026')).toBe('NPS_渠道_2026');
  });
});
