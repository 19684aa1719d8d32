// Shared set-up of the closing-the-loop tests (replies, re-survey, suggestions): the mail and SMS servers
// of mail-servers.ts, customers made by ingesting their feedback, and cases around them.
import type { Runner } from 'graphile-worker';
import type pg from 'pg';
import { pino } from 'pino';
import { expect } from 'vitest';
import { inTransaction } from '../../src/db/pool.ts';
import { startWorker } from '../../src/jobs/start-worker.ts';
import { startMailbox, startSmsGateway, type Mailbox, type SmsGateway } from './mail-servers.ts';
import { startTestApp, type Client, type TestApp } from './test-app.ts';

export { startMailbox, startSmsGateway, type Mail, type Mailbox, type SmsGateway } from './mail-servers.ts';

export interface LoopTestBed {
  testApp: TestApp;
  mailbox: Mailbox;
  sms: SmsGateway;
  close(): Promise<void>;
}

/** The app, a mailbox, an SMS gateway and a job worker (replies and re-surveys are sent by jobs). */
export async function startLoopTestBed(): Promise<LoopTestBed> {
  const testApp = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
  const [mailbox, sms] = await Promise.all([startMailbox(), startSmsGateway()]);
  const worker: Runner = await startWorker(testApp.pool, pino({ level: 'silent' }), { concurrency: 1 });
  return {
    testApp,
    mailbox,
    sms,
    close: async () => {
      await worker.stop();
      await Promise.all([mailbox.close(), sms.close()]);
      await testApp.close();
    },
  };
}

/** Quoted-printable soft breaks and encoded "=" would split and mangle links and words. */
export const decodedMail = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');

export async function saveDeliverySettings(owner: Client, mailbox: Mailbox | null, sms: SmsGateway | null): Promise<void> {
  const saved = await owner.put('/api/v1/survey-settings', {
    public_url: 'http://voc.test',
    smtp: mailbox ? { host: '127.0.0.1', port: mailbox.port, secure: false, from: 'Care <care@example.com>' } : null,
    sms: sms ? { url: sms.url, headers: { 'x-api-key': 'k-1' }, body_template: '{"mobile":"{{to}}","content":"{{text}}"}' } : null,
  });
  expect(saved.statusCode, saved.body).toBe(200);
}

/** Ingests one feedback item; with identifiers it makes (or finds) the customer. */
export async function ingestFeedback(client: Client, item: Record<string, unknown>): Promise<{ id: string; customer_id: string | null }> {
  const response = await client.post('/api/v1/feedback', { source: 'ticket', channel: 'app', ...item });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

export interface CaseSeed {
  feedbackIds: string[];
  customerId: string | null;
  teamId?: string | null;
  assigneeId?: string | null;
  status?: string;
  lang?: string;
  resolutionCode?: string;
}

/** A case written directly, as opening one would leave it (tests of replies need no routing). */
export async function insertCase(pool: pg.Pool, orgId: string, seed: CaseSeed): Promise<{ id: string; number: number }> {
  return inTransaction(pool, async (tx) => {
    const { number } = (
      await tx.query<{ number: number }>(
        `INSERT INTO case_counters (org_id, last_number) VALUES ($1, 1)
         ON CONFLICT (org_id) DO UPDATE SET last_number = case_counters.last_number + 1 RETURNING last_number AS number`,
        [orgId],
      )
    ).rows[0]!;
    const resolved = seed.status === 'resolved' || seed.status === 'closed';
    const { id } = (
      await tx.query<{ id: string }>(
        `INSERT INTO cases (org_id, number, title, status, source, customer_id, team_id, assignee_id, lang, resolved_at, root_cause, resolution_code)
         VALUES ($1, $2, $3, $4, 'manual', $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [orgId, number, `Case ${number}`, seed.status ?? 'new', seed.customerId, seed.teamId ?? null, seed.assigneeId ?? null, seed.lang ?? 'zh',
          resolved ? new Date() : null, resolved ? 'process' : null, resolved ? (seed.resolutionCode ?? 'refunded') : null],
      )
    ).rows[0]!;
    for (const feedbackId of seed.feedbackIds) await tx.query(`INSERT INTO case_feedback (org_id, case_id, feedback_id) VALUES ($1, $2, $3)`, [orgId, id, feedbackId]);
    return { id, number };
  });
}

/** Resolves a case through the API (the status change schedules the re-survey). */
export async function resolveCase(client: Client, caseId: string): Promise<void> {
  const response = await client.post(`/api/v1/cases/${caseId}/status`, { status: 'resolved', root_cause: 'process', resolution_code: 'refunded' });
  expect(response.statusCode, response.body).toBe(200);
}

export async function reopenCase(client: Client, caseId: string): Promise<void> {
  const response = await client.post(`/api/v1/cases/${caseId}/status`, { status: 'in_progress' });
  expect(response.statusCode, response.body).toBe(200);
}

export async function caseEvents(pool: pg.Pool, caseId: string): Promise<Array<{ kind: string; details: any }>> {
  return (await pool.query(`SELECT kind, details FROM case_events WHERE case_id = $1 ORDER BY id`, [caseId])).rows;
}
