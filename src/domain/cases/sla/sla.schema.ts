// The SLA timer jobs and their payloads: one timer per case, clock and stage (warning, due moment).
import { z } from 'zod';

export const slaClocks = ['first_response', 'resolution'] as const;
export type SlaClock = (typeof slaClocks)[number];
export const slaStages = ['warn', 'due'] as const;
export type SlaStage = (typeof slaStages)[number];

export const SLA_TIMER_JOB = 'cases:sla_timer';
export const SLA_SWEEP_JOB = 'cases:sla_sweep';
export const SLA_REAPPLY_JOB = 'cases:sla_reapply';

export const slaTimerPayloadSchema = z.object({ orgId: z.uuid(), caseId: z.uuid(), clock: z.enum(slaClocks), stage: z.enum(slaStages) });
export type SlaTimerPayload = z.output<typeof slaTimerPayloadSchema>;

export const slaReapplyPayloadSchema = z.object({ orgId: z.uuid() });

/** Re-adding a timer with the same key replaces the pending one, so re-applying an SLA never doubles timers. */
export function slaTimerJobKey(caseId: string, clock: SlaClock, stage: SlaStage): string {
  return `case-sla:${caseId}:${clock}:${stage}`;
}
