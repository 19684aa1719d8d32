// Reads the audit trail, newest first, for owners and admins (privacy officers answer from it).
import { z } from 'zod';
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canReadAuditLog } from './audit.policy.ts';
import { selectAuditEvents, type AuditEventRow } from './audit.repo.ts';

export const auditFilterSchema = z.object({
  subject: z.string().min(1).max(200).optional(),
  action: z.string().min(1).max(100).optional(),
  actor: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export interface AuditPage {
  items: AuditEventRow[];
  nextCursor: string | null;
}

export async function listAuditEvents(db: Db, actor: Actor, rawFilter: unknown): Promise<AuditPage> {
  authorize(canReadAuditLog(actor), 'read the audit log');
  const filter = parseInput(auditFilterSchema, rawFilter);
  const rows = await selectAuditEvents(db, actor.orgId, {
    subjects: filter.subject ? [filter.subject] : undefined,
    action: filter.action,
    actor: filter.actor,
    beforeId: filter.cursor ? decodeAuditCursor(filter.cursor) : undefined,
    limit: filter.limit + 1,
  });
  const items = rows.slice(0, filter.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > filter.limit && last ? encodeAuditCursor(last) : null };
}

/** Events about given subjects (e.g. one customer and the profiles merged into it), for exports and the 360. */
export async function auditEventsAbout(db: Db, actor: Actor, subjects: string[], limit = 500): Promise<AuditEventRow[]> {
  return selectAuditEvents(db, actor.orgId, { subjects, limit });
}

function encodeAuditCursor(row: AuditEventRow): string {
  return Buffer.from(String(row.id)).toString('base64url');
}

function decodeAuditCursor(cursor: string): number {
  const id = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isSafeInteger(id) || id < 1) throw new AppError('invalid_cursor', 'The cursor is not valid.');
  return id;
}
