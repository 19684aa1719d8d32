import { describe, expect, it } from 'vitest';
import type { Condition } from './alerts.schema.ts';
import { matchesCondition, matchesItem, type ItemFacts } from './item-conditions.ts';

const item: ItemFacts = {
  id: 'f1',
  channel: 'store',
  source: 'survey',
  touchpointId: null,
  customerId: 'c1',
  nps: 4,
  csat: null,
  ces: null,
  stars: null,
  text: '门店说网上的订单办不了，我要销户',
  textRedacted: '门店说网上的订单办不了，我要销户',
  lang: 'zh',
  sentimentLabel: 'negative',
  sentimentScore: -0.8,
  themes: ['refunds', 'staff_attitude'],
  mentionedChannels: ['website'],
  breakpointFrom: 'store',
  breakpointTo: 'website',
  metadata: { tier: 'VIP' },
  identifiers: {},
};

describe('matchesCondition', () => {
  it.each<[string, Condition, boolean]>([
    ['NPS ≤ 6', { field: 'nps', operator: 'lte', value: 6 }, true],
    ['NPS ≥ 9', { field: 'nps', operator: 'gte', value: 9 }, false],
    ['a missing CSAT never compares', { field: 'csat', operator: 'lt', value: 3 }, false],
    ['negative sentiment', { field: 'sentiment_label', operator: 'eq', value: 'negative' }, true],
    ['theme refunds', { field: 'themes', operator: 'contains', value: 'refunds' }, true],
    ['theme in a list', { field: 'themes', operator: 'in', value: ['waiting_time', 'staff_attitude'] }, true],
    ['churn words', { field: 'text', operator: 'contains_any', value: ['退订', '销户', 'cancel'] }, true],
    ['an English churn word the text lacks', { field: 'text', operator: 'contains', value: 'CANCEL' }, false],
    ['VIP tier, case-insensitive', { field: 'customer_tier', operator: 'eq', value: 'vip' }, true],
    ['a breakpoint exists', { field: 'breakpoint', operator: 'exists' }, true],
    ['the store → website breakpoint', { field: 'breakpoint', operator: 'eq', value: 'store>website' }, true],
    ['a breakpoint touching the website', { field: 'breakpoint', operator: 'contains', value: 'website' }, true],
    ['channel is not store', { field: 'channel', operator: 'neq', value: 'store' }, false],
    ['no CSAT given', { field: 'csat', operator: 'exists', value: false }, true],
    ['sentiment score below −0.5', { field: 'sentiment_score', operator: 'lt', value: -0.5 }, true],
  ])('%s → %s', (_case, condition, expected) => {
    expect(matchesCondition(item, condition)).toBe(expected);
  });
});

describe('matchesItem', () => {
  const detractor: Condition = { field: 'nps', operator: 'lte', value: 6 };
  const promoter: Condition = { field: 'nps', operator: 'gte', value: 9 };
  it.each([
    ['all of true, true', { match: 'all' as const, conditions: [detractor, detractor], groups: [] }, true],
    ['all of true, false', { match: 'all' as const, conditions: [detractor, promoter], groups: [] }, false],
    ['any of false, true', { match: 'any' as const, conditions: [promoter, detractor], groups: [] }, true],
    ['all of a condition and an any-group', { match: 'all' as const, conditions: [detractor], groups: [{ match: 'any' as const, conditions: [promoter, { field: 'customer_tier', operator: 'eq', value: 'vip' } as Condition] }] }, true],
    ['all of a condition and a failing group', { match: 'all' as const, conditions: [detractor], groups: [{ match: 'all' as const, conditions: [promoter] }] }, false],
  ])('%s → %s', (_case, rule, expected) => {
    expect(matchesItem(item, rule)).toBe(expected);
  });
});
