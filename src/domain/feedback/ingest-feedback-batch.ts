// The one way feedback enters OpenVoC: validates every item (naming each bad one), analyses the text,
// links each item to its customer (identity fusion), and stores the batch atomically and idempotently
// on (source, external_id).
import { randomUUID } from 'node:crypto';
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { listChannels } from '../channels/list-channels.ts';
import { existingTouchpointIds } from '../journeys/existing-touchpoint-ids.ts';
import { linkFeedbackToCustomers } from '../identity/link-feedback-to-customers.ts';
import { prepareIdentifiers, type IdentifierKey } from '../identity/identifiers.ts';
import { lockCustomerIdentity } from '../identity/lock-customer-identity.ts';
import { formatPath, problemsOf, validationFailed, type FieldPath, type FieldProblem } from '../parse-input.ts';
import { textAnalysisOptions } from '../text-settings/text-analysis-options.ts';
import type { AnalyzeOptions } from '../text/index.ts';
import { analyseFeedback } from './analyse-feedback.ts';
import { canIngestFeedback } from './feedback.policy.ts';
import { externalKey, findIdsByExternalIds, insertFeedbackRows, type NewFeedbackRow } from './feedback.repo.ts';
import { feedbackInputSchema, MAX_BATCH_SIZE, type ValidFeedback } from './feedback.schema.ts';

export interface IngestOutcome {
  index: number;
  id: string;
  status: 'created' | 'duplicate';
}

/**
 * `pathPrefix` names items in error details: ['items'] for a batch gives "items[3].nps";
 * a single item passes [] and gets "nps".
 */
export async function ingestFeedbackBatch(db: Db, actor: Actor, rawItems: unknown[], pathPrefix: string[] = ['items']): Promise<IngestOutcome[]> {
  authorize(canIngestFeedback(actor), 'ingest feedback');
  if (rawItems.length > MAX_BATCH_SIZE) throw new AppError('batch_too_large', `A batch holds at most ${MAX_BATCH_SIZE} items; this one has ${rawItems.length}.`);
  const items = await validateItems(db, actor, rawItems, pathPrefix);
  const analysisOptions = await textAnalysisOptions(db, actor.orgId);
  const prepared = items.map((item) => toRow(item, analysisOptions));
  return inTransaction(db, async (tx) => {
    // Taken before the duplicate check, so a concurrent batch carrying the same items waits and then
    // sees them as stored, rather than both fusing them into customers.
    if (prepared.some((entry) => entry.keys.length > 0)) await lockCustomerIdentity(tx, actor.orgId);
    const withExternalId = prepared.flatMap(({ row }) => (row.external_id === null ? [] : [{ source: row.source, externalId: row.external_id }]));
    const stored = await findIdsByExternalIds(tx, actor.orgId, withExternalId);
    // Of several items with the same (source, external_id) in one batch, the first is stored.
    const firstInBatch = new Map<string, string>();
    const fresh = prepared.filter(({ row }) => {
      if (row.external_id === null) return true;
      const key = externalKey(row.source, row.external_id);
      if (stored.has(key) || firstInBatch.has(key)) return false;
      firstInBatch.set(key, row.id);
      return true;
    });
    const customerIds = await linkFeedbackToCustomers(
      tx,
      actor,
      fresh.map(({ row, keys, name }) => ({ feedbackId: row.id, occurredAt: row.occurred_at, keys, name })),
    );
    fresh.forEach((entry, index) => (entry.row.customer_id = customerIds[index] ?? null));
    const inserted = await insertFeedbackRows(tx, actor.orgId, fresh.map(({ row }) => row));
    // Without identifiers no lock is held: a concurrent batch may have stored the same item meanwhile.
    const raced = fresh.filter(({ row }) => !inserted.has(row.id)).map(({ row }) => ({ source: row.source, externalId: row.external_id! }));
    for (const [key, id] of await findIdsByExternalIds(tx, actor.orgId, raced)) stored.set(key, id);
    return prepared.map(({ row }, index) =>
      inserted.has(row.id)
        ? { index, id: row.id, status: 'created' as const }
        : { index, id: (stored.get(externalKey(row.source, row.external_id!)) ?? firstInBatch.get(externalKey(row.source, row.external_id!)))!, status: 'duplicate' as const },
    );
  });
}

async function validateItems(db: Db, actor: Actor, rawItems: unknown[], pathPrefix: string[]): Promise<ValidFeedback[]> {
  const problems: FieldProblem[] = [];
  const valid: Array<ValidFeedback | undefined> = rawItems.map((raw, index) => {
    const parsed = feedbackInputSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    problems.push(...problemsOf(parsed.error.issues, itemPath(pathPrefix, index)));
    return undefined;
  });
  const [channels, touchpoints] = await Promise.all([
    listChannels(db, actor),
    existingTouchpointIds(db, actor, valid.flatMap((item) => (item?.touchpoint_id ? [item.touchpoint_id] : []))),
  ]);
  const channelKeys = new Set(channels.map((channel) => channel.key));
  valid.forEach((item, index) => {
    if (!item) return;
    const at = (field: string) => formatPath([...itemPath(pathPrefix, index), field]);
    if (!channelKeys.has(item.channel)) {
      problems.push({ path: at('channel'), message: `"${item.channel}" is not a channel of this organisation (known: ${[...channelKeys].join(', ')})` });
    }
    if (item.touchpoint_id && !touchpoints.has(item.touchpoint_id)) {
      problems.push({ path: at('touchpoint_id'), message: 'no such touchpoint in this organisation' });
    }
  });
  if (problems.length > 0) throw validationFailed(problems);
  return valid as ValidFeedback[];
}

function itemPath(prefix: string[], index: number): FieldPath {
  return prefix.length === 0 ? [] : [...prefix, index];
}

interface PreparedItem {
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
