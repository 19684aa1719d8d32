import { describe, expect, it } from 'vitest';
import type { SummaryItemRow } from './customers.repo.ts';
import { summariseCustomer } from './summarise-customer.ts';

let counter = 0;
function item(overrides: Partial<SummaryItemRow>): SummaryItemRow {
  counter += 1;
  return {
    id: `id-${counter}`,
    source: 'review',
    channel: 'app',
    occurredAt: new Date(Date.UTC(2026, 0, counter)),
    nps: null,
    csat: null,
    ces: null,
    stars: null,
    sentimentLabel: null,
    sentimentScore: null,
    themes: [],
    themeLabels: null,
    breakpointFrom: null,
    breakpointTo: null,
    ...overrides,
  };
}

describe('summariseCustomer', () => {
  it('collapses consecutive channels into a path, oldest first', () => {
    const chronological = [item({ channel: 'website' }), item({ channel: 'website' }), item({ channel: 'store' }), item({ channel: 'call_centre' }), item({ channel: 'store' })];
    const summary = summariseCustomer(5, [...chronological].reverse());
    expect(summary.channelPath.map((step) => [step.channel, step.count])).toEqual([
      ['website', 2],
      ['store', 1],
      ['call_centre', 1],
      ['store', 1],
    ]);
    expect(summary.byChannel[0]).toEqual({ channel: 'store', count: 2 });
  });

  it('takes the latest rating of each metric and reads the mood trend from the latest items', () => {
    const chronological = [
      item({ nps: 9, sentimentScore: 0.8, sentimentLabel: 'positive' }),
      item({ nps: 8, sentimentScore: 0.6, sentimentLabel: 'positive' }),
      item({ csat: 2, sentimentScore: -0.7, sentimentLabel: 'negative' }),
      item({ nps: 2, sentimentScore: -0.9, sentimentLabel: 'negative' }),
    ];
    const summary = summariseCustomer(4, [...chronological].reverse());
    expect(summary.latest.nps?.value).toBe(2);
    expect(summary.latest.csat?.value).toBe(2);
    expect(summary.latest.ces).toBeUndefined();
    expect(summary.sentiment.trend).toBe('worsening');
    expect(summary.sentiment.latestLabel).toBe('negative');
    expect(summary.sentiment.points.map((point) => point.score)).toEqual([0.8, 0.6, -0.7, -0.9]);
    expect(summary.sentiment.average).toBeCloseTo(-0.05, 3);
  });

  it('ranks themes by how often they come up, with labels from the analysis', () => {
    const labels = [{ id: 'wait_time', label_en: 'Waiting time', label_zh: '等待时间' }];
    const summary = summariseCustomer(3, [
      item({ themes: ['wait_time', 'price'], themeLabels: labels, sentimentLabel: 'negative' }),
      item({ themes: ['wait_time'], themeLabels: labels }),
      item({ themes: [] }),
    ]);
    expect(summary.themes).toEqual([
      { id: 'wait_time', labelEn: 'Waiting time', labelZh: '等待时间', count: 2, negative: 1 },
      { id: 'price', labelEn: 'price', labelZh: 'price', count: 1, negative: 1 },
    ]);
  });

  it('has no trend for a single scored item', () => {
    expect(summariseCustomer(1, [item({ sentimentScore: 0.5, sentimentLabel: 'positive' })]).sentiment.trend).toBeNull();
  });
});
