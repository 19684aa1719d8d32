// Which of the given touchpoint ids exist in the actor's organisation: lets ingestion check a whole
// batch with one query and name each bad item.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { findTouchpointIds } from './journeys.repo.ts';

export function existingTouchpointIds(db: Db, actor: Actor, ids: string[]): Promise<Set<string>> {
  return findTouchpointIds(db, actor.orgId, [...new Set(ids)]);
}
