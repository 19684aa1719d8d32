// All SQL of the audit trail: append and read, never update or delete.
import type { Db } from '../../db/pool.ts';

export interface AuditEventRow {
  id: number;
  actor: string;
  action: string;
  subject: string;
  details: Record<string, unknown>;
  at: Date;
}

export interface NewAuditEvent {
  actor: string;
  action: string;
  subject: string;
  details: Record<string, unknown>;
}

export async function insertAuditEvents(db: Db, orgId: string, events: NewAuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db.query(
    `INSERT INTO audit_log (org_id, actor, action, subject, details)
     SELECT $1, e.actor, e.action, e.subject, e.details FROM jsonb_to_recordset($2::jsonb) AS e(actor text, action text, subject text, details jsonb)`,
    [orgId, JSON.stringify(events)],
  );
}

export interface AuditQuery {
  subjects?: string[];
  action?: string;
  actor?: string;
  /** Keyset: events older than this id (ids grow in insertion order). */
  beforeId?: number;
  limit: number;
}

export async function selectAuditEvents(db: Db, orgId: string, query: AuditQuery): Promise<AuditEventRow[]> {
  const params: unknown[] = [orgId];
  const where = ['org_id = $1'];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (query.subjects) add((p) => `subject = ANY(${p}::text[])`, query.subjects);
  if (query.action) add((p) => `action = ${p}`, query.action);
  if (query.actor) add((p) => `actor = ${p}`, query.actor);
  if (query.beforeId !== undefined) add((p) => `id < ${p}`, query.beforeId);
  params.push(query.limit);
  const result = await db.query<AuditEventRow>(
    `SELECT id, actor, action, subject, details, at FROM audit_log WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT $${params.length}`,
    params,
  );
  return result.rows;
}
