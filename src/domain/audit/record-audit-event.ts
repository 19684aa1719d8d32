// Writes who did what to whom into the audit trail. Called inside the caller's transaction, so an
// operation and its audit record are committed (or rolled back) together.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { actorLabel } from './actor-label.ts';
import { insertAuditEvents } from './audit.repo.ts';

export interface AuditEvent {
  /** "<capability>.<verb>", e.g. "customer.erased". */
  action: string;
  /** "<type>:<id>", e.g. "customer:…". */
  subject: string;
  details?: Record<string, unknown>;
  /** Overrides the actor's own label, e.g. "webhook:<id>" for a system actor acting for a webhook. */
  actorLabel?: string;
}

export async function recordAuditEvent(db: Db, actor: Actor, event: AuditEvent): Promise<void> {
  await recordAuditEvents(db, actor, [event]);
}

export async function recordAuditEvents(db: Db, actor: Actor, events: AuditEvent[]): Promise<void> {
  await insertAuditEvents(
    db,
    actor.orgId,
    events.map((event) => ({ actor: event.actorLabel ?? actorLabel(actor), action: event.action, subject: event.subject, details: event.details ?? {} })),
  );
}
