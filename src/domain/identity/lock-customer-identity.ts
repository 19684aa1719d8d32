// Other capabilities changing a customer's data (erasure) hold the same lock as merges: exclusive for
// the organisation, so no item is fused into a profile while it is being erased (ingestion holds it
// shared, see lockIdentityShared in identity.repo.ts).
import type { Tx } from '../../db/pool.ts';
import { lockIdentity } from './identity.repo.ts';

export function lockCustomerIdentity(tx: Tx, orgId: string): Promise<void> {
  return lockIdentity(tx, orgId);
}
