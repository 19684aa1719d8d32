// Input shape of the case settings (business hours, holidays, SLA targets, re-survey) and the rules that
// need the whole picture: periods in time order without overlap, a week with some hours, resolution
// not sooner than first response.
import { z } from 'zod';
import type { FieldProblem } from '../parse-input.ts';
import { weekdays, type BusinessHours, type CaseSettings } from './case-settings.ts';
import { isValidTimeZone, parseClock, weeklyBusinessMinutes } from './sla/business-time.ts';

const clockSchema = z.string().refine((value) => parseClock(value) !== null, 'must be a time of day HH:MM between 00:00 and 24:00');
const periodSchema = z.object({ start: clockSchema, end: clockSchema }).strict();
const daySchema = z.array(periodSchema).max(12).default([]);
const minutesSchema = z.number().int().min(1).max(525_600);
const targetSchema = z.object({ first_response_minutes: minutesSchema, resolution_minutes: minutesSchema }).strict();
// Years PostgreSQL and people both understand.
const isoDateSchema = z.iso.date().refine((day) => day >= '1970-01-01' && day <= '2999-12-31', 'must be a date between 1970 and 2999');

export const caseSettingsInputSchema = z
  .object({
    timezone: z.string().trim().refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Shanghai'),
    business_hours: z.object(Object.fromEntries(weekdays.map((day) => [day, daySchema])) as Record<(typeof weekdays)[number], typeof daySchema>).strict(),
    holidays: z.array(isoDateSchema).max(1000),
    warn_at_percent: z.number().int().min(1).max(99),
    // Priorities left out keep their current targets.
    sla: z.object({ urgent: targetSchema, high: targetSchema, normal: targetSchema, low: targetSchema }).partial().strict(),
    resurvey_survey_id: z.uuid().nullable(),
    resurvey_delay_hours: z.number().int().min(0).max(720),
  })
  // Fields left out keep their current values.
  .partial()
  .strict();

export type CaseSettingsInput = z.output<typeof caseSettingsInputSchema>;

/** The settings after applying the input on top of the current ones. */
export function mergeCaseSettings(current: CaseSettings, input: CaseSettingsInput): CaseSettings {
  const sla = { ...current.sla };
  for (const [priority, target] of Object.entries(input.sla ?? {}) as Array<[keyof CaseSettings['sla'], { first_response_minutes: number; resolution_minutes: number }]>) {
    sla[priority] = { firstResponseMinutes: target.first_response_minutes, resolutionMinutes: target.resolution_minutes };
  }
  return {
    timezone: input.timezone ?? current.timezone,
    businessHours: input.business_hours ?? current.businessHours,
    holidays: input.holidays ? [...new Set(input.holidays)].sort() : current.holidays,
    warnAtPercent: input.warn_at_percent ?? current.warnAtPercent,
    sla,
    resurveySurveyId: input.resurvey_survey_id === undefined ? current.resurveySurveyId : input.resurvey_survey_id,
    resurveyDelayHours: input.resurvey_delay_hours ?? current.resurveyDelayHours,
  };
}

/** Problems that single fields cannot show, with the field path of each. */
export function caseSettingsProblems(settings: CaseSettings): FieldProblem[] {
  const problems: FieldProblem[] = [...businessHoursProblems(settings.businessHours)];
  for (const [priority, target] of Object.entries(settings.sla)) {
    if (target.resolutionMinutes < target.firstResponseMinutes) {
      problems.push({ path: `sla.${priority}.resolution_minutes`, message: 'must not be shorter than the first response target' });
    }
  }
  return problems;
}

function businessHoursProblems(hours: BusinessHours): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const day of weekdays) {
    const periods = (hours[day] ?? []).map((period, index) => ({ index, start: parseClock(period.start) ?? 0, end: parseClock(period.end) ?? 0 }));
    for (const period of periods) {
      if (period.end <= period.start) problems.push({ path: `business_hours.${day}[${period.index}].end`, message: 'must be after the start' });
    }
    const ordered = periods.filter((period) => period.end > period.start).sort((a, b) => a.start - b.start);
    for (let i = 1; i < ordered.length; i += 1) {
      if (ordered[i]!.start < ordered[i - 1]!.end) {
        problems.push({ path: `business_hours.${day}[${ordered[i]!.index}].start`, message: `overlaps period ${ordered[i - 1]!.index + 1} of the day` });
      }
    }
  }
  if (problems.length === 0 && weeklyBusinessMinutes(hours) === 0) {
    problems.push({ path: 'business_hours', message: 'the week needs some business hours, or SLA clocks could never run' });
  }
  return problems;
}
