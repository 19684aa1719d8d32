// The re-survey that follows a resolved case: queued on resolution, sent after the delay through the
// survey distribution machinery (to a real SMTP server here), answered through the public survey page,
// and landing on the case. Reopened before the delay, nothing is sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCaseSettings } from '../src/domain/cases/case-settings.ts';
import { sendResurvey } from '../src/domain/cases/resurvey/send-resurvey.ts';
import { createSurvey, session } from './surveys-fixtures.ts';
import {
  caseEvents,
  decodedMail,
  ingestFeedback,
  insertCase,
  reopenCase,
  resolveCase,
  saveDeliverySettings,
  startLoopTestBed,
  type LoopTestBed,
  type Mailbox,
  type SmsGateway,
} from './support/case-loop-fixtures.ts';
import { createTestOrg, type TestApp } from './support/test-app.ts';

let bed: LoopTestBed;
let testApp: TestApp;
let mailbox: Mailbox;
let sms: SmsGateway;

beforeAll(async () => {
  bed = await startLoopTestBed();
  ({ testApp, mailbox, sms } = bed);
});

afterAll(async () => bed?.close());

async function orgWithResurvey(delayHours: number, identifiers: Record<string, string>) {
  const org = await createTestOrg(testApp);
  const owner = await org.as('owner');
  await saveDeliverySettings(owner, mailbox, sms);
  const survey = await createSurvey(owner);
  await testApp.pool.query(
    `INSERT INTO case_settings (org_id, business_hours, resurvey_survey_id, resurvey_delay_hours) VALUES ($1, $2, $3, $4)`,
    [org.orgId, JSON.stringify(defaultCaseSettings.businessHours), survey.id, delayHours],
  );
  const item = await ingestFeedback(owner, { text: 'My refund never arrived', identifiers });
  const created = await insertCase(testApp.pool, org.orgId, { feedbackIds: [item.id], customerId: item.customer_id, status: 'in_progress', lang: 'en' });
  return { org, owner, survey, caseId: created.id, complaintId: item.id };
}

const caseRow = async (id: string) =>
  (await testApp.pool.query(`SELECT status, resurvey_invitation_id, resurvey_feedback_id FROM cases WHERE id = $1`, [id])).rows[0];
const queuedResurveys = async (caseId: string) =>
  (await testApp.pool.query(`SELECT run_at FROM graphile_worker.jobs WHERE key = $1`, [`cases:send_resurvey:${caseId}`])).rows;

describe('re-survey after resolution', () => {
  it('e-mails the survey link once the case is resolved, and the answer lands on the case', async () => {
    const { org, owner, caseId, complaintId } = await orgWithResurvey(0, { email: 'resurvey@example.com', name: 'Zhang Wei' });
    await resolveCase(owner, caseId);

    await expect.poll(() => mailbox.mails.filter((mail) => mail.to.includes('resurvey@example.com')).length, { timeout: 30_000 }).toBe(1);
    const mail = decodedMail(mailbox.mails.find((m) => m.to.includes('resurvey@example.com'))!.raw);
    expect(mail).toContain('Hello Zhang Wei');
    const token = mail.match(/http:\/\/voc\.test\/s\/([A-Za-z0-9_.-]+)/)![1]!;

    const row = await caseRow(caseId);
    expect(row.resurvey_invitation_id).toEqual(expect.any(String));
    const invitation = (await testApp.pool.query(`SELECT case_id, address FROM survey_invitations WHERE id = $1`, [row.resurvey_invitation_id])).rows[0];
    expect(invitation).toEqual({ case_id: caseId, address: 'resurvey@example.com' });
    expect((await caseEvents(testApp.pool, caseId)).find((event) => event.kind === 'resurvey_sent')?.details).toMatchObject({ invitation_id: row.resurvey_invitation_id, channel: 'email' });

    const answered = await testApp.app.inject({
      method: 'POST',
      url: `/s/${token}/responses`,
      payload: { answers: { nps: 6, why: 'Solved in the end, but it took too long' }, completed: true, lang: 'en', session: session('resurvey') },
    });
    expect(answered.statusCode, answered.body).toBe(200);

    const after = await caseRow(caseId);
    expect(after.resurvey_feedback_id).toEqual(expect.any(String));
    const received = (await caseEvents(testApp.pool, caseId)).find((event) => event.kind === 'resurvey_received');
    expect(received?.details).toEqual({ feedback_id: after.resurvey_feedback_id, nps: 6 });
    const linked = (await testApp.pool.query(`SELECT feedback_id FROM case_feedback WHERE case_id = $1 ORDER BY added_at`, [caseId])).rows.map((r) => r.feedback_id);
    expect(linked).toEqual([complaintId, after.resurvey_feedback_id]);
    // The answer is the same customer's, found by the address the survey was sent to.
    const feedback = (await testApp.pool.query(`SELECT f.customer_id, c.customer_id AS case_customer FROM feedback f, cases c WHERE f.id = $1 AND c.id = $2`, [after.resurvey_feedback_id, caseId])).rows[0];
    expect(feedback.customer_id).toBe(feedback.case_customer);

    // The case page shows it: the event on the timeline, the answer among the case's feedback.
    const detail = await owner.get(`/api/v1/cases/${caseId}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().resurvey_feedback_id).toBe(after.resurvey_feedback_id);
    expect(detail.json().events.map((event: { kind: string }) => event.kind)).toEqual(expect.arrayContaining(['resolved', 'resurvey_sent', 'resurvey_received']));
    expect(detail.json().feedback.map((item: { id: string }) => item.id)).toContain(after.resurvey_feedback_id);

    // Resolving again (after a reopen) does not survey the customer a second time.
    expect(await sendResurvey(testApp.pool, org.orgId, caseId)).toBe('already_sent');
  });

  it('sends the link by SMS when only a phone number is known', async () => {
    const { owner, caseId } = await orgWithResurvey(0, { phone: '13800138009' });
    const before = sms.messages.length;
    await resolveCase(owner, caseId);
    await expect.poll(() => sms.messages.length, { timeout: 30_000 }).toBe(before + 1);
    expect(sms.messages.at(-1)!.body).toMatchObject({ mobile: '+8613800138009', content: expect.stringContaining('http://voc.test/s/') });
  });

  it('is queued once per case after the delay, and sends nothing when the case was reopened meanwhile', async () => {
    const { org, owner, caseId } = await orgWithResurvey(48, { email: 'reopened@example.com' });
    await resolveCase(owner, caseId);
    await reopenCase(owner, caseId);
    await resolveCase(owner, caseId);
    const queued = await queuedResurveys(caseId);
    expect(queued).toHaveLength(1);
    expect(new Date(queued[0].run_at).getTime()).toBeGreaterThan(Date.now() + 47 * 3_600_000);

    await reopenCase(owner, caseId);
    // What the job does when its time comes.
    expect(await sendResurvey(testApp.pool, org.orgId, caseId)).toBe('reopened');
    expect(await caseRow(caseId)).toMatchObject({ resurvey_invitation_id: null });
    expect((await testApp.pool.query(`SELECT count(*)::int AS n FROM survey_invitations WHERE case_id = $1`, [caseId])).rows[0].n).toBe(0);
    expect((await caseEvents(testApp.pool, caseId)).map((event) => event.kind)).not.toContain('resurvey_sent');
    expect(mailbox.mails.filter((mail) => mail.to.includes('reopened@example.com'))).toHaveLength(0);
  });

  it('is not queued without a re-survey chosen in the case settings, or for a customer who cannot be reached', async () => {
    // A long delay keeps a queued job visible, so "not queued" cannot pass by the job having run already.
    const { owner, caseId } = await orgWithResurvey(48, { member_id: 'M-9' });
    await resolveCase(owner, caseId);
    expect(await queuedResurveys(caseId)).toHaveLength(0);

    const other = await orgWithResurvey(48, { email: 'nosurvey@example.com' });
    await testApp.pool.query(`UPDATE case_settings SET resurvey_survey_id = NULL WHERE org_id = $1`, [other.org.orgId]);
    await resolveCase(other.owner, other.caseId);
    expect(await queuedResurveys(other.caseId)).toHaveLength(0);
    // The same set-up with the survey chosen does queue one (the check above can fail).
    const control = await orgWithResurvey(48, { email: 'control@example.com' });
    await resolveCase(control.owner, control.caseId);
    expect(await queuedResurveys(control.caseId)).toHaveLength(1);
  });
});
