// The one way feedback enters OpenVoC: validates every item (naming each bad one), analyses the text,
// links each item to its customer (identity fusion), and stores the batch atomically and idempotently
// on (source, external_id).
import { randomUUID } from 'node:crypto';
import { inTransaction, isDeadlock, isForeignKeyViolation, isPool, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { completeCustomerLinks, prepareCustomerLinks } from '../identity/link-feedback-to-customers.ts';
import { prepareIdentifiers, type IdentifierKey } from '../identity/identifiers.ts';
import { lockIdentityForIngest } from '../identity/lock-identity-for-ingest.ts';
import { mapInSlices } from '../map-in-slices.ts';
import { problemsOf, safeParseUntrusted, validationFailed, type FieldPath, type FieldProblem } from '../parse-input.ts';
import { textAnalysisOptions } from '../text-settings/text-analysis-options.ts';
import type { AnalyzeOptions } from '../text/index.ts';
import { analyseFeedback } from './analyse-feedback.ts';
import { checkItemReferences } from './check-item-references.ts';
import { canIngestFeedback } from './feedback.policy.ts';
import { externalKey, findIdsByExternalIds, insertFeedbackRows, type FeedbackRow, type NewFeedbackRow } from './feedback.repo.ts';
import { feedbackInputSchema, MAX_BATCH_SIZE, type ValidFeedback } from './feedback.schema.ts';

export interface IngestOutcome {
  index: number;
  id: string;
  status: 'created' | 'duplicate';
  /** The stored item, only when asked for with `readBack` (and the item was created). */
  row?: FeedbackRow;
}

/**
 * `pathPrefix` names items in error details: ['items'] for a batch gives "items[3].nps";
 * a single item passes [] and gets "nps".
 */
export async function ingestFeedbackBatch(
  db: Db,
  actor: Actor,
  rawItems: unknown[],
  pathPrefix: string[] = ['items'],
  options: { readBack?: boolean } = {},
): Promise<IngestOutcome[]> {
  authorize(canIngestFeedback(actor), 'ingest feedback');
  if (rawItems.length > MAX_BATCH_SIZE) throw new AppError('batch_too_large', `A batch holds at most ${MAX_BATCH_SIZE} items; this one has ${rawItems.length}.`);
  // Channels and touchpoints come from memory only when this use case owns the transaction: it can then
  // run again after a foreign key refused a name deleted meanwhile (a caller's transaction cannot).
  const prepared = await prepareFeedbackItems(db, actor, rawItems, pathPrefix, { freshReferences: !isPool(db) });
  try {
    return await storePreparedFeedback(db, actor, prepared, options);
  } catch (error) {
    if (!isPool(db) || !isForeignKeyViolation(error)) throw error;
    // A channel or touchpoint remembered from a moment ago was deleted meanwhile: check the names afresh
    // (a refused name becomes a 400 naming the item) and store again.
    return storePreparedFeedback(db, actor, await prepareFeedbackItems(db, actor, rawItems, pathPrefix, { freshReferences: true }), options);
  }
}

/** Validates (naming each bad item) and analyses the items: everything before the database transaction. */
export async function prepareFeedbackItems(
  db: Db,
  actor: Actor,
  rawItems: unknown[],
  pathPrefix: string[],
  { freshReferences }: { freshReferences: boolean },
): Promise<PreparedItem[]> {
  const [items, analysisOptions] = await Promise.all([
    validateItems(db, actor, rawItems, pathPrefix, freshReferences),
    textAnalysisOptions(db, actor.orgId),
  ]);
  return mapInSlices(items, (item) => toRow(item, analysisOptions));
}

/** Stores prepared items in one transaction, running it again after a deadlock or a re-sent item. */
export async function storePreparedFeedback(db: Db, actor: Actor, prepared: PreparedItem[], options: { readBack?: boolean } = {}): Promise<IngestOutcome[]> {
  // Re-sent items are the exception: a transaction of its own first stores the batch without looking
  // for them (one query less per request) and, should any turn out to be stored already, is rolled
  // back and run again with the look-up, so duplicates are never fused into customers.
  let checkDuplicates = !isPool(db);
  for (let attempt = 1; ; attempt++) {
    try {
      return await store(db, actor, prepared, { readBack: options.readBack ?? false, checkDuplicates });
    } catch (error) {
      if (error instanceof DuplicatesFound && !checkDuplicates) {
        checkDuplicates = true;
        continue;
      }
      // Ingestions lock identifiers, profiles and rollup rows in a fixed order; what is left (two batches
      // inserting the same external ids in different orders) is rare and harmless to run again.
      if (isPool(db) && attempt < 4 && isDeadlock(error)) continue;
      throw error;
    }
  }
}

class DuplicatesFound extends Error {}

/**
 * One transaction: the items and their customers (see link-feedback-to-customers.ts for the order of
 * things and of locks). Re-sent items are looked for only with `checkDuplicates`.
 */
async function store(db: Db, actor: Actor, prepared: PreparedItem[], { readBack, checkDuplicates }: { readBack: boolean; checkDuplicates: boolean }): Promise<IngestOutcome[]> {
  return inTransaction(db, async (tx) => {
    // Merges, unmerges and erasures wait while an ingest that links customers runs, and it for them.
    if (prepared.some((entry) => entry.keys.length > 0)) await lockIdentityForIngest(tx, actor.orgId);
    const withExternalId = prepared.flatMap(({ row }) => (row.external_id === null ? [] : [{ source: row.source, externalId: row.external_id }]));
    const stored = checkDuplicates ? await findIdsByExternalIds(tx, actor.orgId, withExternalId) : new Map<string, string>();
    // Of several items with the same (source, external_id) in one batch, the first is stored.
    const firstInBatch = new Map<string, string>();
    const fresh = prepared.filter(({ row }) => {
      if (row.external_id === null) return true;
      const key = externalKey(row.source, row.external_id);
      if (stored.has(key) || firstInBatch.has(key)) return false;
      firstInBatch.set(key, row.id);
      return true;
    });
    const fusionItems = fresh.map(({ row, keys, name }) => ({ feedbackId: row.id, occurredAt: row.occurred_at, keys, name }));
    const plan = await prepareCustomerLinks(tx, actor, fusionItems);
    fresh.forEach((entry, index) => (entry.row.customer_id = plan.customerIds[index] ?? null));
    const inserted = new Map((fresh.length === 0 ? [] : await insertFeedbackRows(tx, actor.orgId, fresh.map(({ row }) => row), readBack)).map((row) => [row.id, row]));
    // A concurrent ingest stored some of the same items meanwhile (without identifiers, or before this
    // one looked for them): without the look-up, run again with it, so they are reported as duplicates.
    const raced = fresh.filter(({ row }) => !inserted.has(row.id)).map(({ row }) => ({ source: row.source, externalId: row.external_id! }));
    if (raced.length > 0 && !checkDuplicates) throw new DuplicatesFound();
    const customerIds = await completeCustomerLinks(tx, actor, fusionItems, plan, new Set(inserted.keys()));
    if (readBack) {
      // A re-planned item may have moved to another profile after it was read back.
      fresh.forEach((entry, index) => {
        const row = inserted.get(entry.row.id) as FeedbackRow | undefined;
        if (row) row.customerId = customerIds[index] ?? null;
      });
    }
    for (const [key, id] of await findIdsByExternalIds(tx, actor.orgId, raced)) stored.set(key, id);
    return prepared.map(({ row }, index) => {
      const created = inserted.get(row.id);
      if (created) return readBack ? { index, id: row.id, status: 'created' as const, row: created as FeedbackRow } : { index, id: row.id, status: 'created' as const };
      const key = externalKey(row.source, row.external_id!);
      return { index, id: (stored.get(key) ?? firstInBatch.get(key))!, status: 'duplicate' as const };
    });
  });
}

async function validateItems(db: Db, actor: Actor, rawItems: unknown[], pathPrefix: string[], fresh: boolean): Promise<ValidFeedback[]> {
  const problems: FieldProblem[] = [];
  const valid: Array<ValidFeedback | undefined> = await mapInSlices(rawItems, (raw, index) => {
    const parsed = safeParseUntrusted(feedbackInputSchema, raw);
    if (parsed.success) return parsed.data;
    problems.push(...problemsOf(parsed.error.issues, itemPath(pathPrefix, index)));
    return undefined;
  });
  problems.push(...(await checkItemReferences(db, actor, valid, (index) => itemPath(pathPrefix, index), { fresh })));
  if (problems.length > 0) throw validationFailed(problems);
  return valid as ValidFeedback[];
}

function itemPath(prefix: string[], index: number): FieldPath {
  return prefix.length === 0 ? [] : [...prefix, index];
}

export interface PreparedItem {
  row: NewFeedbackRow;
  /** Identifiers that link the item to a customer, strongest first. */
  keys: IdentifierKey[];
  name?: string;
}

function toRow(item: ValidFeedback, analysisOptions: AnalyzeOptions): PreparedItem {
  // Identity fusion matches on these values, so the obvious variants (phone formats, e-mail case) are made equal at the door.
  const identifiers = prepareIdentifiers(item.identifiers ?? {});
  const row: NewFeedbackRow = {
    id: randomUUID(),
    customer_id: null,
    source: item.source,
    channel: item.channel,
    touchpoint_id: item.touchpoint_id ?? null,
    external_id: item.external_id ?? null,
    occurred_at: (item.occurred_at ?? new Date()).toISOString(),
    nps: item.nps ?? null,
    csat: item.csat ?? null,
    ces: item.ces ?? null,
    stars: item.stars ?? null,
    text: item.text ?? null,
    identifiers: identifiers.stored,
    metadata: item.metadata ?? {},
    ...analyseFeedback(item.text, item.channel, analysisOptions),
  };
  return { row, keys: identifiers.keys, name: identifiers.stored.name };
}
