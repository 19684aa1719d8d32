// The agent confirms they sent a prepared WeChat message, so the reply and the case's timeline show
// that it reached the customer, and who sent it.
import { inTransaction, type Db } from '../../../db/pool.ts';
import { AppError } from '../../../errors.ts';
import { isUser, type Actor } from '../../actor.ts';
import { authorize } from '../../authorize.ts';
import { canWorkCases } from '../cases.policy.ts';
import { insertCaseEvent } from '../cases.repo.ts';
import { getVisibleCase } from '../get-visible-case.ts';
import { findReply, setReplyOutcome, type ReplyRow } from './case-replies.repo.ts';

export async function markReplySent(db: Db, actor: Actor, caseId: string, replyId: string): Promise<ReplyRow> {
  const found = await getVisibleCase(db, actor, caseId);
  authorize(canWorkCases(actor), 'reply to customers');
  const reply = await findReply(db, actor.orgId, replyId);
  if (!reply || reply.caseId !== found.id) throw new AppError('not_found', 'No such reply.');
  if (reply.status === 'sent') return reply;
  if (reply.status !== 'to_send') throw new AppError('conflict', 'Only a WeChat message waiting to be sent can be marked sent; this reply is delivered by OpenVoC.');
  await inTransaction(db, async (tx) => {
    // Only the request that moved it records it: a second click (or a race) adds no event.
    if (!(await setReplyOutcome(tx, actor.orgId, reply.id, 'to_send', { status: 'sent' }))) return;
    await insertCaseEvent(tx, actor.orgId, found.id, 'reply_marked_sent', isUser(actor) ? actor.userId : null, { reply_id: reply.id, channel: reply.channel });
  });
  return (await findReply(db, actor.orgId, reply.id))!;
}
