// Lists the organisation's API keys (never their secrets) for the settings page.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { canManageApiKeys } from './auth.policy.ts';
import { listApiKeys as selectApiKeys, type ApiKeyRow } from './auth.repo.ts';

export async function listApiKeys(db: Db, actor: Actor): Promise<ApiKeyRow[]> {
  authorize(canManageApiKeys(actor), 'manage API keys');
  return selectApiKeys(db, actor.orgId);
}
