// Everything a printable period summary needs, gathered in one call: the overview, the themes and
// the channel comparison for the same filters.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { compareChannels, type ChannelComparison } from './compare-channels.ts';
import { exploreThemes, type ThemeExplorer } from './explore-themes.ts';
import { getOverview, type Overview } from './get-overview.ts';

export interface PeriodSummary {
  overview: Overview;
  themes: ThemeExplorer;
  channels: ChannelComparison;
}

export async function summarisePeriod(db: Db, actor: Actor, rawFilter: unknown, now = new Date()): Promise<PeriodSummary> {
  // Each use case authorizes and validates the same filter itself.
  const filter = { ...(rawFilter as object), grain: 'week' };
  const [overview, themes, channels] = await Promise.all([getOverview(db, actor, filter, now), exploreThemes(db, actor, filter, now), compareChannels(db, actor, filter, now)]);
  return { overview, themes, channels };
}
