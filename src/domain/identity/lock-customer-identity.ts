// Other capabilities changing a customer's data (erasure) hold the same lock as fusion and merges, so
// no item is fused into a profile while it is being erased.
import type { Tx } from '../../db/pool.ts';
import { lockIdentity } from './identity.repo.ts';

export function lockCustomerIdentity(tx: Tx, orgId: string): Promise<void> {
  return lockIdentity(tx, orgId);
}
