// New business hours or SLA targets move the due moments of every open case of the organisation.
import type { Db } from '../../../db/pool.ts';
import { applySla } from './apply-sla.ts';
import { listOpenCaseIds } from './sla.repo.ts';

export async function reapplyCaseSlas(db: Db, orgId: string, options: { now?: Date } = {}): Promise<{ cases: number }> {
  const ids = await listOpenCaseIds(db, orgId);
  // One short transaction per case, so agents working a case never wait on the whole batch.
  for (const id of ids) await applySla(db, orgId, id, options);
  return { cases: ids.length };
}
