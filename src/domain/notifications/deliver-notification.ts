// Sends logged deliveries (the job behind every notification) and records each attempt: response
// code, error, status. Any failure makes the job throw so graphile-worker retries it with exponential
// backoff; a retry skips what was delivered already, and a delivery's last allowed attempt marks it
// failed for good instead.
import type { Db } from '../../db/pool.ts';
import { escapeText } from '../surveys/escape-text.ts';
import { loadSurveySettings } from '../surveys/survey-settings.ts';
import { smtpMessenger } from '../surveys/survey-messengers.ts';
import { buildHttpRequest, emailSubject, markdown, plainText, vendorRefusal } from './message-formats.ts';
import { findPendingDeliveries, recordAttempt, type ChannelRow, type DeliveryRow } from './notifications.repo.ts';
import { MAX_DELIVERY_ATTEMPTS } from './notifications.schema.ts';

export class DeliveryFailed extends Error {}

async function send(db: Db, channel: ChannelRow, delivery: DeliveryRow): Promise<number | null> {
  if (channel.kind === 'email') {
    // E-mail goes through the organisation's one SMTP configuration (Surveys → delivery settings).
    const { smtp } = await loadSurveySettings(db, channel.orgId);
    if (!smtp) throw new DeliveryFailed('No SMTP server is configured (Settings → survey delivery).');
    const messenger = smtpMessenger(smtp);
    try {
      const text = plainText(delivery.message);
      const html = `<pre style="font-family:inherit">${escapeText(markdown(delivery.message, '##'))}</pre>`;
      for (const to of channel.config.to ?? []) await messenger.send({ to, subject: emailSubject(delivery.message), text, html });
    } finally {
      messenger.close();
    }
    return null;
  }
  const request = buildHttpRequest(channel.kind, channel.config, channel.secret, delivery.message, { deliveryId: delivery.id, now: new Date() });
  const response = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body, signal: AbortSignal.timeout(10_000), redirect: 'error' });
  const text = (await response.text()).slice(0, 2000);
  if (!response.ok) throw Object.assign(new DeliveryFailed(`HTTP ${response.status}: ${text.slice(0, 200)}`), { status: response.status });
  const refusal = vendorRefusal(channel.kind, text);
  if (refusal) throw Object.assign(new DeliveryFailed(refusal), { status: response.status });
  return response.status;
}

async function attempt(db: Db, channel: ChannelRow, delivery: DeliveryRow): Promise<'delivered' | 'failed'> {
  try {
    const responseCode = await send(db, channel, delivery);
    await recordAttempt(db, delivery.orgId, delivery.id, { status: 'delivered', responseCode, error: null });
    return 'delivered';
  } catch (error) {
    const last = delivery.attempts + 1 >= MAX_DELIVERY_ATTEMPTS;
    const responseCode = (error as { status?: number }).status ?? null;
    const message = error instanceof Error ? error.message.slice(0, 500) : String(error);
    await recordAttempt(db, delivery.orgId, delivery.id, { status: last ? 'failed' : 'pending', responseCode, error: message });
    if (last) return 'failed';
    throw error;
  }
}

// Deliveries of one job are sent concurrently (each to its own receiver), a few dozen at a time.
const PARALLEL = 32;

export async function deliverNotifications(db: Db, orgId: string, deliveryIds: readonly string[]): Promise<{ delivered: number; failed: number }> {
  const pending = await findPendingDeliveries(db, orgId, deliveryIds);
  let delivered = 0;
  let failed = 0;
  let retry: unknown = null;
  for (let i = 0; i < pending.length; i += PARALLEL) {
    const outcomes = await Promise.allSettled(pending.slice(i, i + PARALLEL).map(({ channel, delivery }) => attempt(db, channel, delivery)));
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') retry = outcome.reason;
      else if (outcome.value === 'delivered') delivered++;
      else failed++;
    }
  }
  if (retry) throw retry;
  return { delivered, failed };
}
