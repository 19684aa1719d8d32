import { describe, expect, it } from 'vitest';
import { slaStateOf } from './case-sla-state.ts';

const now = new Date('2026-05-01T10:00:00Z');
const at = (hour: number) => new Date(Date.UTC(2026, 4, 1, hour));
const none = {
  firstResponseDueAt: null,
  firstRespondedAt: null,
  firstResponseWarnedAt: null,
  firstResponseBreachedAt: null,
  resolutionDueAt: null,
  resolvedAt: null,
  resolutionWarnedAt: null,
  resolutionBreachedAt: null,
};

describe('slaStateOf', () => {
  it.each([
    ['no due moment yet', {}, 'pending'],
    ['due later', { firstResponseDueAt: at(12) }, 'pending'],
    ['warned', { firstResponseDueAt: at(12), firstResponseWarnedAt: at(9) }, 'warning'],
    ['past due, not stamped yet', { firstResponseDueAt: at(9) }, 'breached'],
    ['stamped breached', { firstResponseDueAt: at(12), firstResponseBreachedAt: at(9) }, 'breached'],
    ['answered in time', { firstResponseDueAt: at(12), firstRespondedAt: at(9) }, 'met'],
    ['answered late', { firstResponseDueAt: at(8), firstRespondedAt: at(9) }, 'breached'],
  ])('first response: %s → %s', (_name, facts, expected) => {
    expect(slaStateOf({ ...none, ...facts }, now).firstResponse).toBe(expected);
  });

  it('reads the resolution clock from the resolution columns', () => {
    expect(slaStateOf({ ...none, resolutionDueAt: at(12), resolvedAt: at(11) }, now).resolution).toBe('met');
    expect(slaStateOf({ ...none, resolutionDueAt: at(9) }, now).resolution).toBe('breached');
  });
});
