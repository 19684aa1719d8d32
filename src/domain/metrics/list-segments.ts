// The customer segments present in the data (metadata.segment, else metadata.tier), for the filter bar.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canReadMetrics } from './metrics.policy.ts';
import { listSegments as selectSegments } from './metrics.repo.ts';

export async function listSegments(db: Db, actor: Actor): Promise<string[]> {
  authorize(canReadMetrics(actor), 'see metrics');
  return selectSegments(db, actor.orgId);
}
