// The service dashboard: how fast and how well cases are answered and resolved, how often they are
// passed around, and whether SLAs are kept — overall, per team, per agent and per week. Agents see
// the figures of their own teams only.
import type { Db } from '../../../db/pool.ts';
import { AppError } from '../../../errors.ts';
import { isUser, type Actor } from '../../actor.ts';
import { authorize } from '../../authorize.ts';
import { parseInput } from '../../parse-input.ts';
import { isoDay } from '../../metrics/resolve-scope.ts';
import { loadCaseSettings } from '../case-settings.ts';
import { canReadAllCases, canReadCases } from '../cases.policy.ts';
import { listTeamIdsOfUser } from '../cases.repo.ts';
import { calendarOf } from '../sla/sla-clock.ts';
import { businessDurations, groupKey, type BusinessFigures } from './business-durations.ts';
import { emptySums, figuresOf, weeksOf, type ServiceFigures } from './service-figures.ts';
import { serviceMetricsFilterSchema } from './service-metrics.schema.ts';
import { listCaseMoments, sumServiceMetrics, type CaseRange, type ServiceSums } from './service-metrics.repo.ts';
import { listTeams } from '../../teams/list-teams.ts';

const DAY_MS = 86_400_000;
const DEFAULT_RANGE_DAYS = 30;
/** Business time is computed case by case in code; past this many cases it is left out (null). */
export const BUSINESS_TIME_CASE_LIMIT = 20_000;

export interface GroupFigures {
  id: string | null;
  name: string | null;
  figures: ServiceFigures;
}

export interface ServiceMetrics {
  period: { from: string; to: string };
  teamId: string | null;
  overall: ServiceFigures;
  byTeam: GroupFigures[];
  byAgent: GroupFigures[];
  byWeek: Array<{ week: string; figures: ServiceFigures }>;
}

export async function getServiceMetrics(db: Db, actor: Actor, rawFilter: unknown, now = new Date()): Promise<ServiceMetrics> {
  authorize(canReadCases(actor), 'see service metrics');
  const filter = parseInput(serviceMetricsFilterSchema, rawFilter);
  const to = filter.to ?? isoDay(now);
  const from = filter.from ?? isoDay(new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_RANGE_DAYS - 1) * DAY_MS));
  let teamIds: string[] | undefined;
  if (!canReadAllCases(actor)) teamIds = isUser(actor) ? await listTeamIdsOfUser(db, actor.orgId, actor.userId) : [];
  if (filter.team_id) {
    // A team of another organisation, or (for an agent) a team they are not in, is not found.
    const known = teamIds ?? (await listTeams(db, actor)).map((team) => team.id);
    if (!known.includes(filter.team_id)) throw new AppError('not_found', 'No such team.');
    teamIds = [filter.team_id];
  }
  const range: CaseRange = { from, to, teamIds, now };
  const [rows, business] = await Promise.all([sumServiceMetrics(db, actor.orgId, range), businessTimes(db, actor.orgId, range)]);
  const figures = (row: ServiceSums) => figuresOf(row, business.get(groupKey(row.kind, row.key)));
  const of = (kind: ServiceSums['kind']) => rows.filter((row) => row.kind === kind);
  const groups = (kind: 'team' | 'agent') =>
    of(kind)
      .map((row): GroupFigures => ({ id: row.key, name: row.name, figures: figures(row) }))
      .sort((a, b) => b.figures.cases - a.figures.cases || (a.name ?? '').localeCompare(b.name ?? ''));
  const weeks = new Map(of('week').map((row) => [row.key!, row]));
  return {
    period: { from, to },
    teamId: filter.team_id ?? null,
    overall: figures(of('overall')[0] ?? emptySums('overall', null)),
    byTeam: groups('team'),
    byAgent: groups('agent'),
    byWeek: weeksOf(from, to).map((week) => ({ week, figures: figures(weeks.get(week) ?? emptySums('week', week)) })),
  };
}

async function businessTimes(db: Db, orgId: string, range: CaseRange): Promise<Map<string, BusinessFigures>> {
  const [settings, moments] = await Promise.all([loadCaseSettings(db, orgId), listCaseMoments(db, orgId, range, BUSINESS_TIME_CASE_LIMIT + 1)]);
  if (moments.length > BUSINESS_TIME_CASE_LIMIT) return new Map();
  return businessDurations(moments, calendarOf(settings));
}
