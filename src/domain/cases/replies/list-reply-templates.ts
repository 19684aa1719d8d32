// The organisation's reply templates, for the composer and the settings page.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../actor.ts';
import { authorize } from '../../authorize.ts';
import { canWorkCases } from '../cases.policy.ts';
import { listTemplates, type ReplyTemplateRow } from './case-replies.repo.ts';

export async function listReplyTemplates(db: Db, actor: Actor): Promise<ReplyTemplateRow[]> {
  authorize(canWorkCases(actor), 'read reply templates');
  return listTemplates(db, actor.orgId);
}
