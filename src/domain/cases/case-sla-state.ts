// Where each SLA clock of a case stands, for the queue and the case page: pending, warning (past the
// warning point), met (answered or resolved in time) or breached (late, whether or not the timer job
// has stamped it yet).
import type { CaseRow } from './cases.repo.ts';

export type SlaState = 'pending' | 'warning' | 'met' | 'breached';

type SlaFacts = Pick<
  CaseRow,
  'firstResponseDueAt' | 'firstRespondedAt' | 'firstResponseWarnedAt' | 'firstResponseBreachedAt' | 'resolutionDueAt' | 'resolvedAt' | 'resolutionWarnedAt' | 'resolutionBreachedAt'
>;

function clockState(due: Date | null, doneAt: Date | null, warnedAt: Date | null, breachedAt: Date | null, now: Date): SlaState {
  if (doneAt) return breachedAt || (due && doneAt > due) ? 'breached' : 'met';
  if (breachedAt || (due && now > due)) return 'breached';
  return warnedAt ? 'warning' : 'pending';
}

export function slaStateOf(row: SlaFacts, now = new Date()): { firstResponse: SlaState; resolution: SlaState } {
  return {
    firstResponse: clockState(row.firstResponseDueAt, row.firstRespondedAt, row.firstResponseWarnedAt, row.firstResponseBreachedAt, now),
    resolution: clockState(row.resolutionDueAt, row.resolvedAt, row.resolutionWarnedAt, row.resolutionBreachedAt, now),
  };
}
