// What a new case takes from its first feedback item: the routing facts and a short title, so routing
// and the queue work without anyone re-typing what the customer said.
import type { FeedbackFacts } from './case-records.repo.ts';
import type { RoutingFacts } from './routing-conditions.ts';

export const TITLE_LENGTH = 80;

export interface CaseFacts extends RoutingFacts {
  customerId: string | null;
}

export function caseFactsOf(item: FeedbackFacts): CaseFacts {
  return {
    customerId: item.customerId,
    channel: item.channel,
    touchpointId: item.touchpointId,
    themes: item.themes,
    lang: item.lang,
    location: metadataText(item.metadata, 'location') ?? metadataText(item.metadata, 'store'),
    customerTier: metadataText(item.metadata, 'tier') ?? metadataText(item.metadata, 'segment'),
  };
}

/** A short excerpt of the (redacted) text, or a plain description when the item has only ratings. */
export function defaultCaseTitle(item: FeedbackFacts): string {
  const text = item.textRedacted?.replace(/\s+/g, ' ').trim();
  if (!text) return `Feedback via ${item.channel}`;
  const chars = [...text];
  return chars.length > TITLE_LENGTH ? `${chars.slice(0, TITLE_LENGTH - 1).join('')}…` : text;
}

function metadataText(metadata: Record<string, unknown>, key: string): string | null {
  const value = metadata[key];
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}
