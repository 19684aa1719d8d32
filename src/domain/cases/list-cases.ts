// The case queue: my cases, my teams' cases or every case the actor may see, with filters and keyset
// pagination (newest first, stable while new cases arrive).
import type { Db } from '../../db/pool.ts';
import { isUser, type Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { decodeCaseCursor, encodeCaseCursor } from './case-cursor.ts';
import { selectCases, type CaseListQuery } from './case-records.repo.ts';
import { canReadAllCases, canReadCases } from './cases.policy.ts';
import { caseStatuses, listTeamIdsOfUser, type CaseRow, type CaseStatus } from './cases.repo.ts';
import { caseFilterSchema } from './cases.schema.ts';

export interface CasePage {
  items: CaseRow[];
  nextCursor: string | null;
}

const openStatuses: CaseStatus[] = caseStatuses.filter((status) => status !== 'resolved' && status !== 'closed');
const NOBODY = '00000000-0000-0000-0000-000000000000';

export async function listCases(db: Db, actor: Actor, rawFilter: unknown): Promise<CasePage> {
  authorize(canReadCases(actor), 'read cases');
  const filter = parseInput(caseFilterSchema, rawFilter);
  const seesAll = canReadAllCases(actor);
  const userId = isUser(actor) ? actor.userId : NOBODY;
  const myTeams = isUser(actor) ? await listTeamIdsOfUser(db, actor.orgId, actor.userId) : [];
  const queue = filter.queue ?? (seesAll ? 'all' : 'team');
  // Agents only ever see their teams' cases and their own; the team queue is that view for everyone.
  const scoped = !seesAll || queue === 'team';
  const query: CaseListQuery = {
    visibleTeamIds: scoped ? myTeams : undefined,
    visibleToUserId: scoped ? userId : undefined,
    assigneeId: queue === 'mine' ? userId : filter.assignee_id,
    teamIds: filter.team_id ? [filter.team_id] : undefined,
    statuses: filter.status === 'open' ? openStatuses : filter.status ? [filter.status] : undefined,
    priority: filter.priority,
    customerId: filter.customer_id,
    breached: filter.breached === undefined ? undefined : filter.breached === 'true',
    text: filter.q?.replace(/^#(?=\d+$)/, ''),
    number: filter.q && /^#?\d{1,9}$/.test(filter.q) ? Number(filter.q.replace('#', '')) : undefined,
    after: filter.cursor ? decodeCaseCursor(filter.cursor) : undefined,
    limit: filter.limit + 1,
  };
  const rows = await selectCases(db, actor.orgId, query);
  const items = rows.slice(0, filter.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > filter.limit && last ? encodeCaseCursor({ createdAt: last.createdAt, id: last.id }) : null };
}
