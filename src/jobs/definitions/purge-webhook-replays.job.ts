// Housekeeping: forgets webhook signatures once they are too old to be replayed.
import { z } from 'zod';
import { purgeWebhookReplays } from '../../domain/webhooks/purge-webhook-replays.ts';
import { defineJob } from '../job-definition.ts';

export const purgeWebhookReplaysJob = defineJob({
  name: 'webhooks:purge_replays',
  payload: z.object({}).passthrough(),
  schedule: '*/10 * * * *',
  handler: async (_payload, { db, log }) => {
    const purged = await purgeWebhookReplays(db);
    if (purged > 0) log.debug({ purged }, 'old webhook signatures forgotten');
  },
});
