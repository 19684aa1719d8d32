// Single-item requests arriving together are stored together. Most of what one item costs the database
// is per transaction (locks, the rollup and alert triggers, the commit), so items that wait while
// earlier ones are being stored go in together, in one transaction: group commit for ingestion. Each
// request is still answered with its own item, and only after its transaction committed.
import type pg from 'pg';
import { isForeignKeyViolation } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { storePreparedFeedback, type IngestOutcome, type PreparedItem } from './ingest-feedback-batch.ts';

// One transaction per group at a time: items arriving meanwhile wait and go together in the next one.
// (Measured: 714 requests/s with one, 583 with two — a second transaction only splits the group, and
// the two contend for the same rollup rows. Other organisations and senders form groups of their own.)
const RUNNING_PER_GROUP = 1;
const MAX_ITEMS_PER_TRANSACTION = 200;

interface Waiting {
  item: PreparedItem;
  done(outcome: IngestOutcome): void;
  failed(error: unknown): void;
  /** Stores the item on its own, from the start (validation included). */
  alone(): void;
}

interface Group {
  waiting: Waiting[];
  running: number;
}

// Per process. A group is one organisation and one actor, so merges recorded while storing are still
// attributed to whoever sent the items.
const groups = new Map<string, Group>();

export function storeInGroup(db: pg.Pool, actor: Actor, item: PreparedItem, fallback: () => Promise<IngestOutcome>): Promise<IngestOutcome> {
  const key = groupKey(actor);
  let group = groups.get(key);
  if (!group) groups.set(key, (group = { waiting: [], running: 0 }));
  const joined = group;
  return new Promise<IngestOutcome>((done, failed) => {
    joined.waiting.push({ item, done, failed, alone: () => void fallback().then(done, failed) });
    startNext(db, actor, key, joined);
  });
}

function startNext(db: pg.Pool, actor: Actor, key: string, group: Group): void {
  while (group.running < RUNNING_PER_GROUP && group.waiting.length > 0) {
    const batch = group.waiting.splice(0, MAX_ITEMS_PER_TRANSACTION);
    group.running += 1;
    storePreparedFeedback(db, actor, batch.map((entry) => entry.item), { readBack: true })
      .then(
        (outcomes) => outcomes.forEach((outcome, index) => batch[index]!.done({ ...outcome, index: 0 })),
        // One item's problem must not fail the others: each then goes its own way. So does a lone item
        // refused by a foreign key (a channel remembered from a moment ago and deleted since): the full
        // path checks the names afresh and answers 400 naming the field.
        (error: unknown) => batch.forEach((entry) => (batch.length > 1 || isForeignKeyViolation(error) ? entry.alone() : entry.failed(error))),
      )
      .finally(() => {
        group.running -= 1;
        if (group.running === 0 && group.waiting.length === 0) groups.delete(key);
        else startNext(db, actor, key, group);
      });
  }
}

function groupKey(actor: Actor): string {
  const who = actor.kind === 'api_key' ? actor.apiKeyId : actor.kind === 'user' ? actor.userId : 'system';
  return `${actor.orgId}:${actor.kind}:${who}`;
}
