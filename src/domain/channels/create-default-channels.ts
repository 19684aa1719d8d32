// Gives a new organisation the usual channels so it can ingest feedback straight away.
import type { Db } from '../../db/pool.ts';
import { insertChannels } from './channels.repo.ts';
import { defaultChannels } from './default-channels.ts';

export async function createDefaultChannels(db: Db, orgId: string): Promise<void> {
  await insertChannels(db, orgId, defaultChannels);
}
