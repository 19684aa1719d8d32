// An admin sets who receives the summary e-mail, how often and in which language.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canManageSummarySchedule } from './metrics.policy.ts';
import { upsertSummarySchedule, type SummaryScheduleRow } from './metrics.repo.ts';
import { summaryScheduleSchema } from './metrics.schema.ts';

export async function saveSummarySchedule(db: Db, actor: Actor, rawInput: unknown): Promise<SummaryScheduleRow> {
  authorize(canManageSummarySchedule(actor), 'manage the summary e-mail');
  const input = parseInput(summaryScheduleSchema, rawInput);
  return upsertSummarySchedule(db, actor.orgId, input);
}
