// Ingestion locks only the identifiers its items carry (and the organisation's identity lock shared),
// so ingests about different people run in parallel while two items sharing an identifier still fuse
// into one customer. Taken by the caller before it decides which items are new.
import type { Tx } from '../../db/pool.ts';
import type { IdentifierKey } from './identifiers.ts';
import { lockForFusion } from './identity.repo.ts';

export function lockFusionIdentifiers(tx: Tx, orgId: string, keys: IdentifierKey[]): Promise<void> {
  return lockForFusion(tx, orgId, keys);
}
