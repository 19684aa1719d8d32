// The sending job's work: delivers one e-mail or SMS reply through the organisation's delivery settings
// (the same SMTP server and SMS webhook as survey invitations). A refusal fails the reply and says so on
// the case; an outage is retried later, a few times, before the reply is given up as failed.
import { inTransaction, type Db } from '../../../db/pool.ts';
import { enqueueJob } from '../../../jobs/enqueue-job.ts';
import { escapeText } from '../../surveys/escape-text.ts';
import { isTransientDeliveryError, smsMessenger, smtpMessenger, type OutgoingMessage } from '../../surveys/survey-messengers.ts';
import { loadSurveySettings } from '../../surveys/survey-settings.ts';
import { insertCaseEvent } from '../cases.repo.ts';
import { findReply, setReplyOutcome, type ReplyRow } from './case-replies.repo.ts';
import { SEND_REPLY_JOB } from './case-replies.schema.ts';

export const MAX_REPLY_ATTEMPTS = 6;
const retryDelayMs = (attempt: number) => Math.min(60_000 * 2 ** (attempt - 1), 3_600_000);

export type ReplyDelivery = 'sent' | 'failed' | 'retrying' | 'skipped';

export async function deliverCaseReply(db: Db, orgId: string, replyId: string, attempt = 1): Promise<ReplyDelivery> {
  const reply = await findReply(db, orgId, replyId);
  if (!reply || reply.status !== 'pending' || !reply.address) return 'skipped';
  const settings = await loadSurveySettings(db, orgId);
  if (reply.channel === 'email' ? !settings.smtp : !settings.sms) {
    return fail(db, orgId, reply, reply.channel === 'email' ? 'SMTP is no longer configured.' : 'The SMS webhook is no longer configured.');
  }
  const messenger = reply.channel === 'email' ? smtpMessenger(settings.smtp!) : smsMessenger(settings.sms!);
  try {
    await messenger.send(messageOf(reply));
  } catch (error) {
    const reason = String((error as Error).message).slice(0, 500);
    if (!isTransientDeliveryError(error) || attempt >= MAX_REPLY_ATTEMPTS) return fail(db, orgId, reply, reason);
    await enqueueJob(db, SEND_REPLY_JOB, { orgId, replyId, attempt: attempt + 1 }, { runAt: new Date(Date.now() + retryDelayMs(attempt)) });
    return 'retrying';
  } finally {
    messenger.close();
  }
  await setReplyOutcome(db, orgId, reply.id, 'pending', { status: 'sent' });
  return 'sent';
}

function messageOf(reply: ReplyRow): OutgoingMessage {
  if (reply.channel === 'sms') return { to: reply.address!, subject: '', text: reply.body };
  return { to: reply.address!, subject: reply.subject, text: reply.body, html: `<div>${escapeText(reply.body).replace(/\n/g, '<br>')}</div>` };
}

async function fail(db: Db, orgId: string, reply: ReplyRow, error: string): Promise<ReplyDelivery> {
  await inTransaction(db, async (tx) => {
    if (await setReplyOutcome(tx, orgId, reply.id, 'pending', { status: 'failed', error })) {
      await insertCaseEvent(tx, orgId, reply.caseId, 'reply_failed', null, { reply_id: reply.id, channel: reply.channel, error });
    }
  });
  return 'failed';
}
