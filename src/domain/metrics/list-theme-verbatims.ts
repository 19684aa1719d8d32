// What customers actually said about a theme, newest first, with the words that made the text
// engine assign the theme (its evidence) so the page can highlight them.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { listFeedback } from '../feedback/list-feedback.ts';
import type { FeedbackRow } from '../feedback/feedback.repo.ts';
import { parseInput } from '../parse-input.ts';
import { canReadMetrics } from './metrics.policy.ts';
import { themeVerbatimsSchema } from './metrics.schema.ts';
import { resolveScope } from './resolve-scope.ts';

export interface Verbatim {
  item: FeedbackRow;
  evidence: string[];
}

export async function listThemeVerbatims(db: Db, actor: Actor, theme: string, rawFilter: unknown, now = new Date()): Promise<Verbatim[]> {
  authorize(canReadMetrics(actor), 'see metrics');
  const filter = parseInput(themeVerbatimsSchema, rawFilter);
  const { period } = await resolveScope(db, actor, filter, now);
  const page = await listFeedback(db, actor, {
    theme,
    channel: filter.channel,
    touchpoint_id: filter.touchpoint_id,
    stage_id: filter.stage_id,
    journey_id: filter.journey_id,
    sentiment: filter.sentiment,
    from: period.from,
    to: period.to,
    limit: filter.limit,
  });
  return page.items.map((item) => ({ item, evidence: evidenceOf(item, theme) }));
}

function evidenceOf(item: FeedbackRow, theme: string): string[] {
  const themes = (item.analysis.themes as Array<{ id?: string; evidence?: unknown }> | undefined) ?? [];
  const found = themes.find((entry) => entry.id === theme)?.evidence;
  return Array.isArray(found) ? found.filter((value): value is string => typeof value === 'string' && value.length > 0) : [];
}
