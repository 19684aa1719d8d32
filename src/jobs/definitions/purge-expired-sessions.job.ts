// Hourly housekeeping of the sessions table.
import { z } from 'zod';
import { purgeExpiredSessions } from '../../domain/auth/purge-expired-sessions.ts';
import { defineJob } from '../job-definition.ts';

export const purgeExpiredSessionsJob = defineJob({
  name: 'sessions:purge_expired',
  payload: z.object({}).passthrough(),
  schedule: '17 * * * *',
  handler: async (_payload, { db, log }) => {
    const purged = await purgeExpiredSessions(db);
    if (purged > 0) log.info({ purged }, 'expired sessions purged');
  },
});
