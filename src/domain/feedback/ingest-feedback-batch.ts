// The one way feedback enters OpenVoC: validates every item (naming each bad one), analyses the text,
// and stores the batch atomically and idempotently on (source, external_id).
import { randomUUID } from 'node:crypto';
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { listChannels } from '../channels/list-channels.ts';
import { existingTouchpointIds } from '../journeys/existing-touchpoint-ids.ts';
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
  const rows = items.map((item) => toRow(item, analysisOptions));
  return inTransaction(db, async (tx) => {
    const inserted = await insertFeedbackRows(tx, actor.orgId, rows);
    const duplicates = rows.filter((row) => !inserted.has(row.id));
    const existing = await findIdsByExternalIds(
      tx,
      actor.orgId,
      duplicates.map((row) => ({ source: row.source, externalId: row.external_id! })),
    );
    return rows.map((row, index) =>
      inserted.has(row.id)
        ? { index, id: row.id, status: 'created' as const }
        : { index, id: existing.get(externalKey(row.source, row.external_id!))!, status: 'duplicate' as const },
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

function toRow(item: ValidFeedback, analysisOptions: AnalyzeOptions): NewFeedbackRow {
  return {
    id: randomUUID(),
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
    identifiers: normaliseIdentifiers(item.identifiers ?? {}),
    metadata: item.metadata ?? {},
    ...analyseFeedback(item.text, item.channel, analysisOptions),
  };
}

// Identity fusion matches on these values, so the obvious variants are made equal at the door.
function normaliseIdentifiers(identifiers: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [kind, value] of Object.entries(identifiers)) {
    if (value === undefined) continue;
    result[kind] = kind === 'email' ? value.toLowerCase() : value;
  }
  return result;
}
