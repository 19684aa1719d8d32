// Case SLAs: one timer per case, clock and stage (warning, breach with escalation), a sweep every five
// minutes for timers missed while no worker ran, and re-application after the settings change.
import { z } from 'zod';
import { checkSlaTimer } from '../../domain/cases/sla/check-sla-timer.ts';
import { reapplyCaseSlas } from '../../domain/cases/sla/reapply-case-slas.ts';
import { SLA_REAPPLY_JOB, SLA_SWEEP_JOB, SLA_TIMER_JOB, slaReapplyPayloadSchema, slaTimerPayloadSchema } from '../../domain/cases/sla/sla.schema.ts';
import { sweepSlaTimers } from '../../domain/cases/sla/sweep-sla-timers.ts';
import { defineJob } from '../job-definition.ts';

export const caseSlaTimerJob = defineJob({
  name: SLA_TIMER_JOB,
  payload: slaTimerPayloadSchema,
  handler: async (payload, { db, log }) => {
    const outcome = await checkSlaTimer(db, payload, { log });
    if (outcome.result === 'warned' || outcome.result === 'breached') log.info({ ...payload, result: outcome.result, delivery: outcome.delivery }, 'case SLA timer fired');
  },
});

export const caseSlaSweepJob = defineJob({
  name: SLA_SWEEP_JOB,
  payload: z.unknown(),
  schedule: '*/5 * * * *',
  handler: async (_payload, { db, log }) => {
    const result = await sweepSlaTimers(db, { log });
    if (result.breached > 0 || result.warned > 0) log.warn(result, 'missed case SLA timers caught by the sweep');
  },
});

export const caseSlaReapplyJob = defineJob({
  name: SLA_REAPPLY_JOB,
  payload: slaReapplyPayloadSchema,
  handler: async ({ orgId }, { db, log }) => {
    log.info({ orgId, ...(await reapplyCaseSlas(db, orgId)) }, 'case SLAs re-applied');
  },
});
