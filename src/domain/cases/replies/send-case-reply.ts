// Answers the customer on their channel: by e-mail or SMS through the organisation's delivery settings
// (sent by a job, so a slow mail server never holds the agent), or as a WeChat message the agent sends
// by hand. The first reply is the case's first response.
import { inTransaction, type Db } from '../../../db/pool.ts';
import { AppError } from '../../../errors.ts';
import { enqueueJob } from '../../../jobs/enqueue-job.ts';
import { isUser, type Actor } from '../../actor.ts';
import { authorize } from '../../authorize.ts';
import { parseInput, validationFailed } from '../../parse-input.ts';
import { normaliseAddress } from '../../surveys/distribution.schema.ts';
import { loadSurveySettings } from '../../surveys/survey-settings.ts';
import { canWorkCases } from '../cases.policy.ts';
import { findCase, insertCaseEvent, lockCase, type CaseRow } from '../cases.repo.ts';
import { getVisibleCase } from '../get-visible-case.ts';
import { countReplyOnCase, findCustomerContacts, findOrgName, findReply, findTemplate, findUserName, insertReply, type ReplyRow } from './case-replies.repo.ts';
import { SEND_REPLY_JOB, sendReplySchema, type ReplyChannel, type SendReplyInput } from './case-replies.schema.ts';
import { fillPlaceholders } from './reply-placeholders.ts';

export async function sendCaseReply(db: Db, actor: Actor, caseId: string, rawInput: unknown): Promise<ReplyRow> {
  const input = parseInput(sendReplySchema, rawInput);
  const found = await getVisibleCase(db, actor, caseId);
  authorize(canWorkCases(actor), 'reply to customers');
  const { subject, body } = await textOf(db, actor, found, input);
  const address = await addressOf(db, actor.orgId, found, input.channel, input.address);
  return inTransaction(db, async (tx) => {
    await lockCase(tx, actor.orgId, found.id);
    const before = (await findCase(tx, actor.orgId, found.id))!;
    const authorId = isUser(actor) ? actor.userId : null;
    const replyId = await insertReply(tx, actor.orgId, {
      caseId: found.id,
      channel: input.channel,
      address,
      subject,
      body,
      templateId: input.template_id ?? null,
      status: input.channel === 'wechat' ? 'to_send' : 'pending',
      authorId,
    });
    await countReplyOnCase(tx, actor.orgId, found.id);
    if (before.status === 'new' || before.status === 'assigned') {
      await insertCaseEvent(tx, actor.orgId, found.id, 'status_changed', authorId, { from: before.status, to: 'in_progress' });
    }
    await insertCaseEvent(tx, actor.orgId, found.id, 'reply', authorId, { reply_id: replyId, channel: input.channel });
    if (input.channel !== 'wechat') await enqueueJob(tx, SEND_REPLY_JOB, { orgId: actor.orgId, replyId });
    return (await findReply(tx, actor.orgId, replyId))!;
  });
}

// The agent's text (or the template's) with the placeholders filled for this case.
async function textOf(db: Db, actor: Actor, found: CaseRow, input: SendReplyInput): Promise<{ subject: string; body: string }> {
  const template = input.template_id ? await findTemplate(db, actor.orgId, input.template_id) : undefined;
  if (input.template_id && !template) throw validationFailed([{ path: 'template_id', message: 'no such reply template' }]);
  if (template?.channel && template.channel !== input.channel) throw validationFailed([{ path: 'template_id', message: `this template is for ${template.channel} replies` }]);
  const values = {
    customer_name: found.customerName ?? '',
    case_number: String(found.number),
    agent_name: isUser(actor) ? await findUserName(db, actor.orgId, actor.userId) : '',
    org_name: await findOrgName(db, actor.orgId),
  };
  const body = fillPlaceholders(input.body ?? template!.body, values).slice(0, 5000);
  if (input.channel !== 'email') return { subject: '', body };
  const subject = fillPlaceholders(input.subject ?? template?.subject ?? '', values).slice(0, 200);
  return { subject: subject || defaultSubject(found, values.org_name), body };
}

function defaultSubject(found: CaseRow, orgName: string): string {
  return found.lang?.startsWith('en') ? `${orgName}: about your feedback (case #${found.number})` : `${orgName}：关于您的反馈（工单 #${found.number}）`;
}

// Where the reply goes: the address given, else the customer's most recent e-mail or phone. Checked now,
// so the agent learns at once that the customer cannot be reached this way.
async function addressOf(db: Db, orgId: string, found: CaseRow, channel: ReplyChannel, given: string | undefined): Promise<string | null> {
  if (channel === 'wechat') return given ?? null;
  const settings = await loadSurveySettings(db, orgId);
  if (channel === 'email' && !settings.smtp) throw new AppError('reply_not_deliverable', 'E-mail cannot be sent: configure SMTP in the delivery settings first.');
  if (channel === 'sms' && !settings.sms) throw new AppError('reply_not_deliverable', 'SMS cannot be sent: configure the SMS webhook in the delivery settings first.');
  if (given !== undefined) {
    const address = normaliseAddress(channel, given);
    if (!address) throw validationFailed([{ path: 'address', message: channel === 'email' ? 'is not an e-mail address' : 'is not a phone number' }]);
    return address;
  }
  const contacts = found.customerId ? await findCustomerContacts(db, orgId, found.customerId) : { email: null, phone: null };
  const address = channel === 'email' ? contacts.email : contacts.phone;
  if (!address) {
    const what = channel === 'email' ? 'e-mail address' : 'phone number';
    throw new AppError('reply_not_deliverable', `No ${what} is known for this case's customer: give the address, or reply on another channel.`);
  }
  return address;
}
