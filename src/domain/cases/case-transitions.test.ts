import { describe, expect, it } from 'vitest';
import { canTransition, isReopen } from './case-transitions.ts';
import { caseStatuses, type CaseStatus } from './cases.repo.ts';

const valid: Array<[CaseStatus, CaseStatus]> = [
  ['new', 'in_progress'],
  ['assigned', 'in_progress'],
  ['in_progress', 'waiting_on_customer'],
  ['waiting_on_customer', 'in_progress'],
  ['new', 'resolved'],
  ['waiting_on_customer', 'resolved'],
  ['resolved', 'closed'],
  ['resolved', 'in_progress'],
  ['closed', 'in_progress'],
];

describe('case status transitions', () => {
  it.each(valid)('%s → %s is allowed', (from, to) => expect(canTransition(from, to)).toBe(true));

  it.each([
    ['new', 'assigned'],
    ['in_progress', 'new'],
    ['in_progress', 'closed'],
    ['closed', 'resolved'],
    ['resolved', 'waiting_on_customer'],
  ] as Array<[CaseStatus, CaseStatus]>)('%s → %s is refused', (from, to) => expect(canTransition(from, to)).toBe(false));

  it('never allows staying in the same status', () => {
    for (const status of caseStatuses) expect(canTransition(status, status)).toBe(false);
  });

  it('reopening is leaving resolved or closed for in progress', () => {
    expect(isReopen('resolved', 'in_progress')).toBe(true);
    expect(isReopen('closed', 'in_progress')).toBe(true);
    expect(isReopen('waiting_on_customer', 'in_progress')).toBe(false);
  });
});
