// Pure decisions of case routing: does a rule's conditions match a case, and who inside the team gets
// it next (round-robin after the last one served, or the least loaded, ties in round-robin order).
import type { Priority } from './case-settings.ts';
import { priorities } from './case-settings.ts';
import type { RoutingConditions } from './cases.schema.ts';

export interface RoutingFacts {
  channel: string | null;
  touchpointId: string | null;
  themes: string[];
  lang: string | null;
  location: string | null;
  customerTier: string | null;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const oneOf = (list: string[] | undefined, value: string | null) => !list?.length || (value !== null && list.some((item) => same(item, value)));

/** Every non-empty list must match; themes match on any overlap. */
export function matchesRoutingConditions(conditions: Partial<RoutingConditions>, facts: RoutingFacts): boolean {
  const themesMatch = !conditions.themes?.length || conditions.themes.some((theme) => facts.themes.some((own) => same(own, theme)));
  return (
    themesMatch &&
    oneOf(conditions.channels, facts.channel) &&
    oneOf(conditions.touchpoint_ids, facts.touchpointId) &&
    oneOf(conditions.locations, facts.location) &&
    oneOf(conditions.tiers, facts.customerTier) &&
    oneOf(conditions.languages, facts.lang)
  );
}

/** Members in round-robin order starting after the last one served (from the top when unknown). */
export function rotationAfter<T extends { id: string }>(members: readonly T[], lastId: string | null): T[] {
  const index = lastId ? members.findIndex((member) => member.id === lastId) : -1;
  return [...members.slice(index + 1), ...members.slice(0, index + 1)];
}

export function pickRoundRobin<T extends { id: string }>(members: readonly T[], lastId: string | null): T | undefined {
  return rotationAfter(members, lastId)[0];
}

export function pickLeastLoaded<T extends { id: string; openCases: number }>(members: readonly T[], lastId: string | null): T | undefined {
  const rotation = rotationAfter(members, lastId);
  const fewest = Math.min(...rotation.map((member) => member.openCases));
  return rotation.find((member) => member.openCases === fewest);
}

export function higherPriority(a: Priority, b: Priority | null): Priority {
  if (!b) return a;
  return priorities.indexOf(b) > priorities.indexOf(a) ? b : a;
}
