// The organisation's case settings (business hours, holidays, SLA targets, re-survey) for everyone signed
// in: agents see the clock their cases run on.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { loadCaseSettings, type CaseSettings } from './case-settings.ts';
import { canReadCases } from './cases.policy.ts';

export async function getCaseSettings(db: Db, actor: Actor): Promise<CaseSettings> {
  authorize(canReadCases(actor), 'see case settings');
  return loadCaseSettings(db, actor.orgId);
}
