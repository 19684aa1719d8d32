// Decides whether one feedback item matches a rule's conditions. Pure, so every operator is unit-tested
// and the evaluation job stays a thin loop. Missing values never match (except `exists` = false).
import type { Condition, ItemCondition, ItemField } from './alerts.schema.ts';

export interface ItemFacts {
  id: string;
  channel: string;
  source: string;
  touchpointId: string | null;
  customerId: string | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  stars: number | null;
  text: string | null;
  /** What leaves OpenVoC in notifications: the text with personal data redacted. */
  textRedacted: string | null;
  lang: string | null;
  sentimentLabel: string | null;
  sentimentScore: number | null;
  themes: string[];
  mentionedChannels: string[];
  breakpointFrom: string | null;
  breakpointTo: string | null;
  metadata: Record<string, unknown>;
  identifiers: Record<string, unknown>;
}

type Value = string | number | boolean | null | string[];

/** "VIP customer": metadata.tier (or metadata.customer_tier, identifiers.tier), compared case-insensitively. */
export function customerTier(item: ItemFacts): string | null {
  const tier = item.metadata.tier ?? item.metadata.customer_tier ?? item.identifiers.tier;
  return typeof tier === 'string' && tier.trim() ? tier.trim().toLowerCase() : null;
}

function valueOf(item: ItemFacts, field: ItemField): Value {
  switch (field) {
    case 'nps': return item.nps;
    case 'csat': return item.csat;
    case 'ces': return item.ces;
    case 'stars': return item.stars;
    case 'sentiment_label': return item.sentimentLabel;
    case 'sentiment_score': return item.sentimentScore;
    case 'themes': return item.themes;
    case 'mentioned_channels': return item.mentionedChannels;
    case 'channel': return item.channel;
    case 'source': return item.source;
    case 'touchpoint_id': return item.touchpointId;
    case 'lang': return item.lang;
    case 'text': return item.text;
    case 'breakpoint': return item.breakpointFrom && item.breakpointTo ? `${item.breakpointFrom}>${item.breakpointTo}` : null;
    case 'customer_tier': return customerTier(item);
    case 'customer_id': return item.customerId;
  }
}

const norm = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value);

function equals(actual: Value, expected: unknown): boolean {
  if (Array.isArray(actual)) return actual.some((entry) => norm(entry) === norm(expected));
  return actual !== null && norm(actual) === norm(expected);
}

function contains(actual: Value, needle: unknown, item: ItemFacts, field: ItemField): boolean {
  if (actual === null) return false;
  if (field === 'breakpoint') return [item.breakpointFrom, item.breakpointTo].some((side) => norm(side) === norm(needle));
  if (Array.isArray(actual)) return actual.some((entry) => norm(entry) === norm(needle));
  return typeof actual === 'string' && typeof needle !== 'object' && actual.toLowerCase().includes(String(needle).toLowerCase());
}

export function matchesCondition(item: ItemFacts, condition: Condition): boolean {
  const actual = valueOf(item, condition.field);
  const expected = condition.value;
  switch (condition.operator) {
    case 'exists':
      return (actual !== null && !(Array.isArray(actual) && actual.length === 0)) === (expected === undefined || expected === true);
    case 'eq': return equals(actual, expected);
    case 'neq': return actual !== null && !equals(actual, expected);
    case 'lt': return typeof actual === 'number' && actual < Number(expected);
    case 'lte': return typeof actual === 'number' && actual <= Number(expected);
    case 'gt': return typeof actual === 'number' && actual > Number(expected);
    case 'gte': return typeof actual === 'number' && actual >= Number(expected);
    case 'in': return Array.isArray(expected) && expected.some((entry) => equals(actual, entry));
    case 'contains': return contains(actual, expected, item, condition.field);
    case 'contains_any': return Array.isArray(expected) && expected.some((entry) => contains(actual, entry, item, condition.field));
  }
}

function combine(match: 'all' | 'any', results: boolean[]): boolean {
  return match === 'all' ? results.every(Boolean) : results.some(Boolean);
}

export function matchesItem(item: ItemFacts, rule: ItemCondition): boolean {
  const results = [
    ...rule.conditions.map((condition) => matchesCondition(item, condition)),
    ...rule.groups.map((group) => combine(group.match, group.conditions.map((condition) => matchesCondition(item, condition)))),
  ];
  return combine(rule.match, results);
}
