// Sending survey invitations and reminders: one job per distribution batch, re-queued while recipients remain.
import { z } from 'zod';
import { deliverInvitations } from '../../domain/surveys/deliver-invitations.ts';
import { defineJob } from '../job-definition.ts';

const payload = z.object({ orgId: z.uuid(), distributionId: z.uuid() });

export const sendSurveyInvitationsJob = defineJob({
  name: 'surveys:send_invitations',
  payload,
  handler: async ({ orgId, distributionId }, { db, log }) => {
    const report = await deliverInvitations(db, orgId, distributionId, 'invitation');
    log.info({ distributionId, ...report }, 'survey invitations sent');
  },
});

export const sendSurveyRemindersJob = defineJob({
  name: 'surveys:send_reminders',
  payload,
  handler: async ({ orgId, distributionId }, { db, log }) => {
    const report = await deliverInvitations(db, orgId, distributionId, 'reminder');
    log.info({ distributionId, ...report }, 'survey reminders sent');
  },
});
