// A safety net for timers missed while no worker ran (or lost with a crashed one): every open case whose
// warning or due moment passed without its stamp gets it handled now, as its timer would have.
import type { Logger } from 'pino';
import type { Db } from '../../../db/pool.ts';
import { checkSlaTimer } from './check-sla-timer.ts';
import { listMissedBreaches, listMissedWarnings } from './sla.repo.ts';

const BATCH = 200;

export async function sweepSlaTimers(db: Db, options: { now?: Date; log?: Logger } = {}): Promise<{ breached: number; warned: number }> {
  const now = options.now ?? new Date();
  let breached = 0;
  let warned = 0;
  for (const missed of await listMissedBreaches(db, now, BATCH)) {
    const outcome = await checkSlaTimer(db, { orgId: missed.orgId, caseId: missed.caseId, clock: missed.clock, stage: 'due' }, { now, log: options.log });
    if (outcome.result === 'breached') breached += 1;
  }
  for (const missed of await listMissedWarnings(db, now, BATCH)) {
    const outcome = await checkSlaTimer(db, { orgId: missed.orgId, caseId: missed.caseId, clock: missed.clock, stage: 'warn' }, { now, log: options.log });
    if (outcome.result === 'warned') warned += 1;
  }
  return { breached, warned };
}
