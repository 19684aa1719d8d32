// The service dashboard's filter: the days whose new cases are measured, and optionally one team.
import { z } from 'zod';

const day = z.iso
  .date({ message: 'must be a day, e.g. 2026-05-01' })
  .refine((value) => value >= '2000-01-01' && value <= '2100-12-31', 'must be between 2000-01-01 and 2100-12-31');
const MAX_RANGE_DAYS = 3 * 366;

export const serviceMetricsFilterSchema = z
  .object({ from: day.optional(), to: day.optional(), team_id: z.uuid().optional() })
  .strict()
  .refine((f) => !f.from || !f.to || (f.from <= f.to && Date.parse(f.to) - Date.parse(f.from) < MAX_RANGE_DAYS * 86_400_000), {
    message: `must not be before from, nor more than ${MAX_RANGE_DAYS} days after it`,
    path: ['to'],
  });
export type ServiceMetricsFilter = z.output<typeof serviceMetricsFilterSchema>;
