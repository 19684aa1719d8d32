// Sends SLA warnings and escalations by e-mail over the organisation's SMTP server (the one surveys use).
// Runs after the stamp is committed: a failed delivery is logged and counted, never undoes the stamp.
import type { Logger } from 'pino';
import type { Db } from '../../../db/pool.ts';
import { smtpMessenger } from '../../surveys/survey-messengers.ts';
import { loadSurveySettings } from '../../surveys/survey-settings.ts';
import { composeSlaNotice, type SlaNoticeInput } from './sla-notice.ts';
import type { SlaRecipient } from './sla.repo.ts';

export interface SlaNoticeDelivery {
  sent: number;
  failed: number;
  /** No SMTP server is configured: nothing was attempted. */
  skipped: boolean;
}

export async function sendSlaNotices(
  db: Db,
  orgId: string,
  notice: Omit<SlaNoticeInput, 'locale' | 'publicUrl'>,
  recipients: SlaRecipient[],
  log?: Logger,
): Promise<SlaNoticeDelivery> {
  if (recipients.length === 0) return { sent: 0, failed: 0, skipped: false };
  const settings = await loadSurveySettings(db, orgId);
  if (!settings.smtp) return { sent: 0, failed: 0, skipped: true };
  const messenger = smtpMessenger(settings.smtp);
  let sent = 0;
  let failed = 0;
  try {
    for (const recipient of recipients) {
      try {
        const message = composeSlaNotice({ ...notice, locale: recipient.locale, publicUrl: settings.publicUrl });
        await messenger.send({ to: recipient.email, ...message });
        sent += 1;
      } catch (error) {
        failed += 1;
        log?.warn({ orgId, caseId: notice.caseId, recipient: recipient.id, err: error }, 'SLA notice e-mail failed');
      }
    }
  } finally {
    messenger.close();
  }
  return { sent, failed, skipped: false };
}
