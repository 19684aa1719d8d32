// Sends a new case to the team that owns its kind of problem: the first enabled rule (by position)
// whose conditions match picks the team, then round-robin, least-loaded or the team queue picks the
// person. A matching rule may raise the case's priority. Without a match the case stays where it is.
import type { Tx } from '../../db/pool.ts';
import { listRoutingRules, listTeamCandidates, lockAssignmentCursor, saveAssignmentCursor, type RoutingRuleRow, type TeamCandidate } from './case-routing.repo.ts';
import { updateCaseRow } from './case-records.repo.ts';
import { placeCase } from './case-placement.ts';
import { findCase, insertCaseEvent } from './cases.repo.ts';
import { higherPriority, matchesRoutingConditions, pickLeastLoaded, pickRoundRobin } from './routing-conditions.ts';

export interface RoutingOutcome {
  ruleId: string;
  teamId: string;
  assigneeId: string | null;
}

export async function routeCase(tx: Tx, orgId: string, caseId: string): Promise<RoutingOutcome | null> {
  const current = await findCase(tx, orgId, caseId);
  if (!current) return null;
  const rules = await listRoutingRules(tx, orgId, true);
  const rule = rules.find((candidate) => matchesRoutingConditions(candidate.conditions, current));
  if (!rule) return null;
  const assignee = await pickAssignee(tx, orgId, rule);
  await placeCase(
    tx,
    orgId,
    current,
    { team: { id: rule.teamId, name: rule.teamName }, assignee: assignee ? { id: assignee.id, name: assignee.name } : null },
    null,
    { routingRuleId: rule.id, details: { rule: { id: rule.id, name: rule.name }, assignment: rule.assignment } },
  );
  const priority = higherPriority(current.priority, rule.priority);
  if (priority !== current.priority) {
    await updateCaseRow(tx, orgId, caseId, { priority });
    await insertCaseEvent(tx, orgId, caseId, 'priority_changed', null, { from: current.priority, to: priority, rule: { id: rule.id, name: rule.name } });
  }
  return { ruleId: rule.id, teamId: rule.teamId, assigneeId: assignee?.id ?? null };
}

async function pickAssignee(tx: Tx, orgId: string, rule: RoutingRuleRow): Promise<TeamCandidate | undefined> {
  if (rule.assignment === 'team_queue') return undefined;
  // The cursor row lock makes concurrent routings into one team take turns.
  const lastUserId = await lockAssignmentCursor(tx, orgId, rule.teamId);
  const members = await listTeamCandidates(tx, orgId, rule.teamId);
  const chosen = rule.assignment === 'least_loaded' ? pickLeastLoaded(members, lastUserId) : pickRoundRobin(members, lastUserId);
  if (chosen) await saveAssignmentCursor(tx, orgId, rule.teamId, chosen.id);
  return chosen;
}
