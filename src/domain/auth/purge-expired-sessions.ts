// Housekeeping run by a periodic job: expired sessions are useless and should not pile up.
import type { Db } from '../../db/pool.ts';
import { deleteExpiredSessions } from './auth.repo.ts';

export function purgeExpiredSessions(db: Db): Promise<number> {
  return deleteExpiredSessions(db, new Date());
}
