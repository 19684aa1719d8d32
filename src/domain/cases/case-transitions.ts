// The status flow of a case: new → assigned → in progress → waiting on customer → resolved → closed.
// Work can pause and resume; resolving is possible from any open status; a resolved or closed case can
// be reopened (back to in progress); closing follows resolution. 'new' and 'assigned' follow assignment.
import type { CaseStatus } from './cases.repo.ts';

const allowed: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ['in_progress', 'waiting_on_customer', 'resolved'],
  assigned: ['in_progress', 'waiting_on_customer', 'resolved'],
  in_progress: ['waiting_on_customer', 'resolved'],
  waiting_on_customer: ['in_progress', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: ['in_progress'],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return allowed[from].includes(to);
}

export function nextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return allowed[from];
}

export function isReopen(from: CaseStatus, to: CaseStatus): boolean {
  return (from === 'resolved' || from === 'closed') && to === 'in_progress';
}
