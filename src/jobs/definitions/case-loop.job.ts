// Closing the loop with the customer: delivering e-mail and SMS replies, and sending the re-survey once
// a case has stayed resolved for the configured delay.
import { deliverCaseReply } from '../../domain/cases/replies/deliver-case-reply.ts';
import { SEND_REPLY_JOB, sendReplyJobPayload } from '../../domain/cases/replies/case-replies.schema.ts';
import { sendResurvey } from '../../domain/cases/resurvey/send-resurvey.ts';
import { SEND_RESURVEY_JOB, sendResurveyJobPayload } from '../../domain/cases/resurvey/resurvey.schema.ts';
import { defineJob } from '../job-definition.ts';

export const sendCaseReplyJob = defineJob({
  name: SEND_REPLY_JOB,
  payload: sendReplyJobPayload,
  handler: async ({ orgId, replyId, attempt }, { db, log }) => {
    const outcome = await deliverCaseReply(db, orgId, replyId, attempt);
    if (outcome !== 'sent') log.info({ orgId, replyId, attempt, outcome }, 'case reply not sent');
  },
});

export const sendResurveyJob = defineJob({
  name: SEND_RESURVEY_JOB,
  payload: sendResurveyJobPayload,
  handler: async ({ orgId, caseId }, { db, log }) => {
    const outcome = await sendResurvey(db, orgId, caseId);
    log.info({ orgId, caseId, outcome }, 'case re-survey');
  },
});
