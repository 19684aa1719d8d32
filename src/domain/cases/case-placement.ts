// Moves a case to a team and/or person and records it. Moving a case that already had a team or a
// person is a transfer: counted on the case (being passed around is what customers hate most) and
// written to the timeline with where it came from, where it went and why.
import type { Tx } from '../../db/pool.ts';
import { updateCaseRow } from './case-records.repo.ts';
import { placementOf, type Placement } from './case-assignees.ts';
import { insertCaseEvent, type CaseRow } from './cases.repo.ts';

export interface PlacementOutcome {
  changed: boolean;
  transferred: boolean;
}

export async function placeCase(
  tx: Tx,
  orgId: string,
  current: CaseRow,
  next: Placement,
  actorId: string | null,
  extra: { reason?: string; routingRuleId?: string | null; details?: Record<string, unknown> } = {},
): Promise<PlacementOutcome> {
  const before = placementOf(current);
  const teamChanged = (before.team?.id ?? null) !== (next.team?.id ?? null);
  const assigneeChanged = (before.assignee?.id ?? null) !== (next.assignee?.id ?? null);
  if (!teamChanged && !assigneeChanged) return { changed: false, transferred: false };
  const transferred = (teamChanged && before.team !== null) || (assigneeChanged && before.assignee !== null);
  // A new case becomes 'assigned' once someone owns it, and goes back to 'new' when nobody does.
  const status = current.status === 'new' && next.assignee ? 'assigned' : current.status === 'assigned' && !next.assignee ? 'new' : undefined;
  await updateCaseRow(tx, orgId, current.id, {
    teamId: next.team?.id ?? null,
    assigneeId: next.assignee?.id ?? null,
    status,
    transferCount: transferred ? current.transferCount + 1 : undefined,
    routingRuleId: extra.routingRuleId,
  });
  const reason = extra.reason ? { reason: extra.reason } : {};
  if (transferred) await insertCaseEvent(tx, orgId, current.id, 'transferred', actorId, { from: before, to: next, ...reason, ...extra.details });
  else await insertCaseEvent(tx, orgId, current.id, 'assigned', actorId, { ...next, ...reason, ...extra.details });
  return { changed: true, transferred };
}
