// The re-survey job's work: if the case is still resolved (or closed) and was not re-surveyed yet, sends
// the organisation's re-survey to its customer through the survey distribution machinery, with the
// invitation tied to the case so the answer lands on it.
import { inTransaction, type Db } from '../../../db/pool.ts';
import { isAppError } from '../../../errors.ts';
import { logger } from '../../../logger.ts';
import { systemActor } from '../../actor.ts';
import { createDistribution } from '../../surveys/create-distribution.ts';
import { loadSurveySettings } from '../../surveys/survey-settings.ts';
import { loadCaseSettings } from '../case-settings.ts';
import { findCase, insertCaseEvent, lockCase } from '../cases.repo.ts';
import { findCustomerContacts } from '../replies/case-replies.repo.ts';
import { findInvitationOfDistribution, setResurveyInvitation } from './resurvey.repo.ts';

export type ResurveyOutcome = 'sent' | 'gone' | 'reopened' | 'already_sent' | 'no_survey' | 'unreachable' | 'not_deliverable';

export async function sendResurvey(db: Db, orgId: string, caseId: string): Promise<ResurveyOutcome> {
  return inTransaction(db, async (tx) => {
    if (!(await lockCase(tx, orgId, caseId))) return 'gone';
    const found = (await findCase(tx, orgId, caseId))!;
    // Reopened meanwhile: the customer is not asked about a resolution that did not hold.
    if (found.status !== 'resolved' && found.status !== 'closed') return 'reopened';
    if (found.resurveyInvitationId) return 'already_sent';
    const { resurveySurveyId } = await loadCaseSettings(tx, orgId);
    if (!resurveySurveyId) return 'no_survey';
    const delivery = await loadSurveySettings(tx, orgId);
    const contacts = found.customerId ? await findCustomerContacts(tx, orgId, found.customerId) : { email: null, phone: null };
    // E-mail first (room for a proper message), SMS when that is all there is.
    const recipient = contacts.email && delivery.smtp ? { channel: 'email' as const, address: contacts.email } : contacts.phone && delivery.sms ? { channel: 'sms' as const, address: contacts.phone } : undefined;
    if (!recipient) return 'unreachable';
    const input = {
      channel: recipient.channel,
      lang: found.lang?.startsWith('en') ? 'en' : 'zh-CN',
      recipients: [{ address: recipient.address, ...(found.customerName ? { identifiers: { name: found.customerName } } : {}) }],
    };
    try {
      const distribution = await createDistribution(tx, systemActor(orgId), resurveySurveyId, input, { caseId });
      const invitationId = (await findInvitationOfDistribution(tx, orgId, distribution.id))!;
      await setResurveyInvitation(tx, orgId, caseId, invitationId);
      await insertCaseEvent(tx, orgId, caseId, 'resurvey_sent', null, { invitation_id: invitationId, survey_id: resurveySurveyId, channel: recipient.channel });
      return 'sent';
    } catch (error) {
      // The survey was closed or deleted, or the public address is missing: nothing to retry until an admin acts.
      if (!isAppError(error) || (error.code !== 'survey_not_deliverable' && error.code !== 'not_found' && error.code !== 'validation_failed')) throw error;
      logger().warn({ orgId, caseId, reason: error.message }, 're-survey not sent');
      return 'not_deliverable';
    }
  });
}
