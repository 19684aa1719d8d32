// The shape of a registered job: a name, the zod schema of its payload, and a handler that calls a use case.
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Db } from '../db/pool.ts';

export interface JobContext {
  db: Db;
  log: Logger;
}

export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  payload: S;
  handler: (payload: z.output<S>, context: JobContext) => Promise<void>;
  /** A crontab schedule (minute hour day month weekday) for periodic jobs. */
  schedule?: string;
}

export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}
