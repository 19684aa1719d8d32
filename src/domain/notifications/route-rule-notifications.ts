// Per-rule routing, called by the alerts capability when a rule is saved or listed: which channels a
// rule's alerts go to. Channels of another organisation are refused as unknown.
import type { Db } from '../../db/pool.ts';
import { validationFailed } from '../parse-input.ts';
import { countExistingChannels, replaceRoutes, routesOfRules } from './notifications.repo.ts';

export async function setRuleRoutes(db: Db, orgId: string, ruleId: string, channelIds: readonly string[]): Promise<void> {
  const unique = [...new Set(channelIds)];
  if ((await countExistingChannels(db, orgId, unique)) !== unique.length) {
    throw validationFailed([{ path: 'channel_ids', message: 'one of the channels does not exist' }]);
  }
  await replaceRoutes(db, orgId, ruleId, unique);
}

export function listRuleRoutes(db: Db, orgId: string): Promise<Map<string, string[]>> {
  return routesOfRules(db, orgId);
}
