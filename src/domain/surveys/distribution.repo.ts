// All SQL of survey distribution: distributions, invitations and their funnel, the opt-out list.
import type { Db } from '../../db/pool.ts';

export interface DistributionRow {
  id: string;
  surveyId: string;
  channel: 'email' | 'sms';
  subject: string;
  template: string;
  lang: 'en' | 'zh-CN';
  perMinute: number;
  reminderAfterHours: number | null;
  createdAt: Date;
  total: number;
  sent: number;
  optedOut: number;
  failed: number;
  opened: number;
  started: number;
  completed: number;
}

const distributionColumns = `d.id, d.survey_id AS "surveyId", d.channel, d.subject, d.template, d.lang, d.per_minute AS "perMinute",
  d.reminder_after_hours AS "reminderAfterHours", d.created_at AS "createdAt",
  count(i.id)::int AS total, count(*) FILTER (WHERE i.status = 'sent')::int AS sent,
  count(*) FILTER (WHERE i.status = 'opted_out')::int AS "optedOut", count(*) FILTER (WHERE i.status = 'failed')::int AS failed,
  count(i.opened_at)::int AS opened, count(i.started_at)::int AS started, count(i.completed_at)::int AS completed`;

export async function listDistributions(db: Db, orgId: string, surveyId: string): Promise<DistributionRow[]> {
  const result = await db.query<DistributionRow>(
    `SELECT ${distributionColumns} FROM survey_distributions d LEFT JOIN survey_invitations i ON i.org_id = d.org_id AND i.distribution_id = d.id
      WHERE d.org_id = $1 AND d.survey_id = $2 GROUP BY d.id ORDER BY d.created_at DESC`,
    [orgId, surveyId],
  );
  return result.rows;
}

export async function findDistribution(db: Db, orgId: string, id: string): Promise<DistributionRow | undefined> {
  const result = await db.query<DistributionRow>(
    `SELECT ${distributionColumns} FROM survey_distributions d LEFT JOIN survey_invitations i ON i.org_id = d.org_id AND i.distribution_id = d.id
      WHERE d.org_id = $1 AND d.id = $2 GROUP BY d.id`,
    [orgId, id],
  );
  return result.rows[0];
}

export interface NewDistribution {
  surveyId: string;
  channel: 'email' | 'sms';
  subject: string;
  template: string;
  lang: 'en' | 'zh-CN';
  perMinute: number;
  reminderAfterHours: number | null;
}

export async function insertDistribution(
  db: Db,
  orgId: string,
  row: NewDistribution,
  recipients: Array<{ address: string; identifiers: Record<string, string> }>,
  caseId?: string,
): Promise<string> {
  const result = await db.query<{ id: string }>(
    `INSERT INTO survey_distributions (org_id, survey_id, channel, subject, template, lang, per_minute, reminder_after_hours)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [orgId, row.surveyId, row.channel, row.subject, row.template, row.lang, row.perMinute, row.reminderAfterHours],
  );
  const id = result.rows[0]!.id;
  await db.query(
    `INSERT INTO survey_invitations (org_id, distribution_id, survey_id, address, identifiers, case_id)
     SELECT $1, $2, $3, r.address, r.identifiers, $5 FROM jsonb_to_recordset($4::jsonb) AS r(address text, identifiers jsonb)
     ON CONFLICT (org_id, distribution_id, address) DO NOTHING`,
    [orgId, id, row.surveyId, JSON.stringify(recipients), caseId ?? null],
  );
  return id;
}

export interface InvitationRow {
  id: string;
  address: string;
  identifiers: Record<string, string>;
}

/** The next pending invitations, locked so two workers never send the same one. */
export async function claimPendingInvitations(db: Db, orgId: string, distributionId: string, limit: number): Promise<InvitationRow[]> {
  const result = await db.query<InvitationRow>(
    `SELECT id, address, identifiers FROM survey_invitations WHERE org_id = $1 AND distribution_id = $2 AND status = 'pending'
      ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED`,
    [orgId, distributionId, limit],
  );
  return result.rows;
}

/** Sent invitations not yet answered nor reminded: the reminder's audience. */
export async function claimReminderInvitations(db: Db, orgId: string, distributionId: string, limit: number): Promise<InvitationRow[]> {
  const result = await db.query<InvitationRow>(
    `SELECT id, address, identifiers FROM survey_invitations WHERE org_id = $1 AND distribution_id = $2 AND status = 'sent'
        AND completed_at IS NULL AND reminded_at IS NULL ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED`,
    [orgId, distributionId, limit],
  );
  return result.rows;
}

export async function setInvitationOutcome(db: Db, orgId: string, id: string, outcome: { status: 'sent' | 'opted_out' | 'failed'; error?: string; reminder?: boolean }): Promise<void> {
  await db.query(
    outcome.reminder
      ? `UPDATE survey_invitations SET reminded_at = now() WHERE org_id = $1 AND id = $2`
      : `UPDATE survey_invitations SET status = $3, error = $4, sent_at = CASE WHEN $3 = 'sent' THEN now() ELSE sent_at END WHERE org_id = $1 AND id = $2`,
    outcome.reminder ? [orgId, id] : [orgId, id, outcome.status, outcome.error ?? null],
  );
}

export async function findOptedOut(db: Db, orgId: string, addresses: string[]): Promise<Set<string>> {
  const result = await db.query<{ address: string }>(`SELECT address FROM survey_opt_outs WHERE org_id = $1 AND address = ANY($2::text[])`, [orgId, addresses]);
  return new Set(result.rows.map((row) => row.address));
}

export async function insertOptOut(db: Db, orgId: string, address: string): Promise<void> {
  await db.query(`INSERT INTO survey_opt_outs (org_id, address) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [orgId, address]);
}

export async function findInvitationAddress(db: Db, orgId: string, id: string): Promise<string | undefined> {
  const result = await db.query<{ address: string }>(`SELECT address FROM survey_invitations WHERE org_id = $1 AND id = $2`, [orgId, id]);
  return result.rows[0]?.address;
}

/** Records a step of the funnel once: the first open, start or completion counts. */
export async function markInvitation(db: Db, orgId: string, id: string, step: 'opened' | 'started' | 'completed'): Promise<void> {
  const column = `${step}_at`;
  // An answer implies the link was opened, even when the pixel was blocked.
  const implied = step === 'opened' ? '' : `, opened_at = coalesce(opened_at, now())${step === 'completed' ? ', started_at = coalesce(started_at, now())' : ''}`;
  await db.query(`UPDATE survey_invitations SET ${column} = coalesce(${column}, now())${implied} WHERE org_id = $1 AND id = $2`, [orgId, id]);
}
