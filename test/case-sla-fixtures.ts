// Helpers for the SLA tests: people, teams and cases put straight into the database, so the clocks can be
// tested at chosen moments (a case opened last Friday evening, or two hours ago) without waiting.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { systemActor, type Role } from '../src/domain/actor.ts';
import { createUser } from '../src/domain/users/create-user.ts';
import { TEST_PASSWORD } from './support/test-app.ts';

export async function addPerson(pool: pg.Pool, orgId: string, name: string, role: Role = 'agent', locale: 'en' | 'zh-CN' = 'en') {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@example.com`;
  const user = await createUser(pool, systemActor(orgId), { email, name, password: TEST_PASSWORD, role, locale });
  return { id: user.id, name, email };
}

export async function addTeam(pool: pg.Pool, orgId: string, name: string, members: Array<{ id: string }>, leads: Array<{ id: string }> = []) {
  const team = await pool.query<{ id: string }>(`INSERT INTO teams (org_id, name) VALUES ($1, $2) RETURNING id`, [orgId, `${name} ${randomUUID().slice(0, 6)}`]);
  const teamId = team.rows[0]!.id;
  for (const member of members) {
    await pool.query(`INSERT INTO team_members (org_id, team_id, user_id, is_lead) VALUES ($1, $2, $3, $4)`, [orgId, teamId, member.id, leads.some((lead) => lead.id === member.id)]);
  }
  return teamId;
}

let number = 0;

export async function insertCase(
  pool: pg.Pool,
  orgId: string,
  fields: { createdAt: Date; priority?: string; teamId?: string | null; assigneeId?: string | null; status?: string; title?: string },
): Promise<string> {
  number += 1;
  const result = await pool.query<{ id: string }>(
    `INSERT INTO cases (org_id, number, title, status, priority, source, team_id, assignee_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, 'manual', $6, $7, $8, $8) RETURNING id`,
    [orgId, number, fields.title ?? `Refund not received ${number}`, fields.status ?? 'assigned', fields.priority ?? 'normal', fields.teamId ?? null, fields.assigneeId ?? null, fields.createdAt],
  );
  return result.rows[0]!.id;
}

export async function caseClock(pool: pg.Pool, caseId: string) {
  const result = await pool.query(
    `SELECT first_response_due_at, resolution_due_at, first_response_warned_at, first_response_breached_at,
            resolution_warned_at, resolution_breached_at, escalated_at FROM cases WHERE id = $1`,
    [caseId],
  );
  return result.rows[0] as Record<string, Date | null>;
}

export async function caseEvents(pool: pg.Pool, caseId: string) {
  const result = await pool.query<{ kind: string; details: Record<string, any>; actor_id: string | null }>(
    `SELECT kind, details, actor_id FROM case_events WHERE case_id = $1 ORDER BY id`,
    [caseId],
  );
  return result.rows;
}

export async function pendingTimers(pool: pg.Pool, caseId: string) {
  const result = await pool.query<{ key: string; run_at: Date }>(
    `SELECT key, run_at FROM graphile_worker.jobs WHERE key LIKE $1 ORDER BY key`,
    [`case-sla:${caseId}:%`],
  );
  return result.rows;
}

const allDay = [{ start: '00:00', end: '24:00' }];
export const roundTheClock = { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay };
const office = [{ start: '09:00', end: '18:00' }];
export const officeWeek = { mon: office, tue: office, wed: office, thu: office, fri: office, sat: [], sun: [] };
