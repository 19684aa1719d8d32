// An inbound webhook delivery: checks the signature and its freshness, refuses replays, then ingests
// the items exactly as the batch API would (validated, analysed, fused, idempotent on external_id).
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import { systemActor } from '../actor.ts';
import { ingestFeedbackBatch, type IngestOutcome } from '../feedback/ingest-feedback-batch.ts';
import { parseInput } from '../parse-input.ts';
import { signatureMatches, webhookSignature } from './sign-webhook.ts';
import { findWebhookByKey, rememberSignature, touchWebhook } from './webhooks.repo.ts';
import { inboundBodySchema, SIGNATURE_TOLERANCE_SECONDS } from './webhooks.schema.ts';

export interface Delivery {
  key: string;
  signature: string | undefined;
  timestamp: string | undefined;
  rawBody: Buffer;
  now?: Date;
}

export async function receiveWebhook(db: Db, delivery: Delivery): Promise<{ orgId: string; outcomes: IngestOutcome[] }> {
  const webhook = await findWebhookByKey(db, delivery.key);
  if (!webhook || webhook.revokedAt) throw new AppError('not_found', 'No such webhook (or it has been revoked).');
  if (!delivery.signature || !delivery.timestamp) {
    throw new AppError('invalid_signature', 'Send the X-OpenVoC-Timestamp and X-OpenVoC-Signature headers (see docs/webhooks.md).');
  }
  if (!/^\d{9,11}$/.test(delivery.timestamp)) throw new AppError('invalid_signature', 'X-OpenVoC-Timestamp must be Unix time in seconds.');
  const age = (delivery.now ?? new Date()).getTime() / 1000 - Number(delivery.timestamp);
  if (Math.abs(age) > SIGNATURE_TOLERANCE_SECONDS) {
    throw new AppError('invalid_signature', `The timestamp is ${Math.round(Math.abs(age))} s ${age > 0 ? 'old' : 'ahead'}; requests must be signed within ${SIGNATURE_TOLERANCE_SECONDS / 60} minutes of now.`);
  }
  const expected = webhookSignature(webhook.secret, delivery.timestamp, delivery.rawBody);
  if (!signatureMatches(expected, delivery.signature)) {
    throw new AppError('invalid_signature', 'The signature does not match: sign "<timestamp>.<raw body>" with HMAC-SHA256 and the webhook’s secret.');
  }
  let json: unknown;
  try {
    json = JSON.parse(delivery.rawBody.toString('utf8'));
  } catch (error) {
    throw new AppError('validation_failed', `The body is not valid JSON: ${(error as Error).message}`);
  }
  const body = parseInput(inboundBodySchema, json);
  const batch = 'items' in body && Array.isArray(body.items);
  const items = (batch ? (body.items as Array<Record<string, unknown>>) : [body as Record<string, unknown>]).map((item) => ({
    source: webhook.source,
    channel: webhook.channel,
    ...item,
  }));
  const actor = systemActor(webhook.orgId);
  const outcomes = await inTransaction(db, async (tx) => {
    // Remembered in the same transaction as the items: a delivery refused as invalid may be corrected and re-sent.
    if (!(await rememberSignature(tx, webhook.id, expected))) throw new AppError('request_replayed', 'This exact request was received before; sign each delivery with a new timestamp.');
    return ingestFeedbackBatch(tx, actor, items, batch ? ['items'] : []);
  });
  await touchWebhook(db, webhook.id);
  return { orgId: webhook.orgId, outcomes };
}
