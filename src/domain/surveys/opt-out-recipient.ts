// A recipient asks for no more invitations: their address joins the organisation's opt-out list,
// which every later send and reminder checks.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import { findInvitationAddress, insertOptOut } from './distribution.repo.ts';
import { resolveLink } from './respondent-context.ts';

export async function optOutRecipient(db: Db, token: string): Promise<void> {
  const context = await resolveLink(db, token);
  const address = context.invitationId ? await findInvitationAddress(db, context.survey.orgId, context.invitationId) : undefined;
  if (!address) throw new AppError('not_found', 'This link was not sent to anyone, so there is nothing to unsubscribe.');
  await insertOptOut(db, context.survey.orgId, address);
}
