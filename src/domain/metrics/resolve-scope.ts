// Turns the shared dashboard filters into rollup scopes: the date range with its previous period
// of equal length, and the touchpoint / stage / journey filters resolved to touchpoint ids through
// the journeys capability (metrics never reads journey tables itself).
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { getJourney, type JourneyTree } from '../journeys/get-journey.ts';
import { listJourneys } from '../journeys/list-journeys.ts';
import type { RollupScope } from './metrics.repo.ts';
import type { MetricsFilter } from './metrics.schema.ts';

const DAY_MS = 86_400_000;
export const DEFAULT_RANGE_DAYS = 30;

export interface ResolvedScope {
  scope: RollupScope;
  period: { from: string; to: string; days: number };
  previous: { from: string; to: string };
  journeys: JourneyTree[];
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));

export async function loadJourneyTrees(db: Db, actor: Actor): Promise<JourneyTree[]> {
  const summaries = await listJourneys(db, actor);
  return Promise.all(summaries.map((journey) => getJourney(db, actor, journey.id)));
}

/**
 * `withJourneys` loads the journey trees (for names, or for stage / journey views); without it they
 * are loaded only when a stage or journey filter needs resolving.
 */
export async function resolveScope(db: Db, actor: Actor, filter: MetricsFilter, now = new Date(), withJourneys = false): Promise<ResolvedScope> {
  const to = filter.to ?? isoDay(now);
  const from = filter.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  const days = Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;
  const previous = { from: addDays(from, -days), to: addDays(from, -1) };
  const journeys = withJourneys || filter.stage_id || filter.journey_id ? await loadJourneyTrees(db, actor) : [];
  const scope: RollupScope = { from, to, previousFrom: previous.from, channel: filter.channel, segment: filter.segment };
  if (filter.touchpoint_id && !filter.stage_id && !filter.journey_id) scope.touchpointIds = [filter.touchpoint_id];
  else if (filter.stage_id || filter.journey_id) {
    const ids = journeys
      .filter((journey) => !filter.journey_id || journey.id === filter.journey_id)
      .flatMap((journey) => journey.stages)
      .filter((stage) => !filter.stage_id || stage.id === filter.stage_id)
      .flatMap((stage) => stage.touchpoints.map((touchpoint) => touchpoint.id))
      .filter((id) => !filter.touchpoint_id || id === filter.touchpoint_id);
    scope.touchpointIds = ids;
  }
  return { scope, period: { from, to, days }, previous, journeys };
}
