// The first lock of an ingest that links customers: the organisation's identity lock, shared, from the
// start of its transaction, so that merges, unmerges and erasures (which take it exclusively) wait for
// it and it for them. The identifiers themselves are locked later (see link-feedback-to-customers.ts).
import type { Tx } from '../../db/pool.ts';
import { lockIdentityShared } from './identity.repo.ts';

export function lockIdentityForIngest(tx: Tx, orgId: string): Promise<void> {
  return lockIdentityShared(tx, orgId);
}
