// The customer directory: most recently heard from first, searchable by any whole identifier in any
// common format (a phone typed with spaces finds the E.164 one), by part of a name, or by id.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { normalisePhone } from '../identity/identifiers.ts';
import { parseInput } from '../parse-input.ts';
import { canReadCustomers } from './customers.policy.ts';
import { selectActivity, selectCustomers, selectIdentifiers, type CustomerListRow, type IdentifierRow } from './customers.repo.ts';
import { customerFilterSchema } from './customers.schema.ts';

export interface CustomerListItem extends CustomerListRow {
  identifiers: IdentifierRow[];
  feedbackCount: number;
  channels: string[];
}

export interface CustomerPage {
  items: CustomerListItem[];
  nextCursor: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listCustomers(db: Db, actor: Actor, rawFilter: unknown): Promise<CustomerPage> {
  authorize(canReadCustomers(actor), 'read customers');
  const filter = parseInput(customerFilterSchema, rawFilter);
  const q = filter.q;
  const rows = await selectCustomers(db, actor.orgId, {
    ...(q
      ? {
          exactValues: [...new Set([q, q.toLowerCase(), ...(q.replace(/\D/g, '').length >= 5 ? [normalisePhone(q)].filter((v): v is string => !!v) : [])])],
          nameContains: q,
          id: UUID.test(q) ? q.toLowerCase() : undefined,
        }
      : {}),
    after: filter.cursor ? decodeCursor(filter.cursor) : undefined,
    limit: filter.limit + 1,
  });
  const page = rows.slice(0, filter.limit);
  const ids = page.map((row) => row.id);
  const [identifiers, activity] = await Promise.all([selectIdentifiers(db, actor.orgId, ids), selectActivity(db, actor.orgId, ids)]);
  const activityOf = new Map(activity.map((row) => [row.customerId, row]));
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      ...row,
      identifiers: identifiers.filter((identifier) => identifier.customerId === row.id),
      feedbackCount: activityOf.get(row.id)?.feedbackCount ?? 0,
      channels: activityOf.get(row.id)?.channels ?? [],
    })),
    nextCursor: rows.length > filter.limit && last?.lastSeenAt ? encodeCursor(last.lastSeenAt, last.id) : null,
  };
}

function encodeCursor(lastSeenAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([lastSeenAt.toISOString(), id])).toString('base64url');
}

function decodeCursor(cursor: string): { lastSeenAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const lastSeenAt = new Date(at);
    if (!Number.isNaN(lastSeenAt.getTime()) && UUID.test(id)) return { lastSeenAt, id };
  } catch {
    // fall through to the error below
  }
  throw new AppError('invalid_cursor', 'The cursor is not valid.');
}
