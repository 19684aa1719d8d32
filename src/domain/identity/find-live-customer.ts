// The live profile behind any customer id, also one absorbed by a merge since (old links keep working).
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { findLiveCustomer, findTreeIds, type CustomerRow } from './identity.repo.ts';

export interface LiveCustomer {
  customer: CustomerRow;
  /** The live profile and every profile merged into it. */
  treeIds: string[];
}

export async function findLiveCustomerOf(db: Db, actor: Actor, id: string): Promise<LiveCustomer> {
  const customer = await findLiveCustomer(db, actor.orgId, id);
  if (!customer) throw new AppError('not_found', 'No such customer.');
  return { customer, treeIds: await findTreeIds(db, actor.orgId, customer.id) };
}
