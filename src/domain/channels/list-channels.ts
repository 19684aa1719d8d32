// The organisation's channels, the vocabulary of "where did the customer speak".
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canReadChannels } from './channels.policy.ts';
import { listChannels as selectChannels, type ChannelRow } from './channels.repo.ts';

export async function listChannels(db: Db, actor: Actor): Promise<ChannelRow[]> {
  authorize(canReadChannels(actor), 'see channels');
  return selectChannels(db, actor.orgId);
}
