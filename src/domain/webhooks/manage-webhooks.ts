// Creating, listing and revoking inbound webhooks. The secret is returned once, at creation.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { actorLabel } from '../audit/actor-label.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../authorize.ts';
import { listChannels } from '../channels/list-channels.ts';
import { parseInput } from '../parse-input.ts';
import { canManageWebhooks } from './webhooks.policy.ts';
import { insertWebhook, revokeWebhookById, selectWebhooks, type WebhookRow } from './webhooks.repo.ts';
import { createWebhookSchema } from './webhooks.schema.ts';

export async function createWebhook(db: Db, actor: Actor, rawInput: unknown): Promise<WebhookRow & { secret: string }> {
  authorize(canManageWebhooks(actor), 'manage webhooks');
  const input = parseInput(createWebhookSchema, rawInput);
  if (!(await listChannels(db, actor)).some((channel) => channel.key === input.channel)) {
    throw new AppError('channel_unknown', `"${input.channel}" is not a channel of this organisation.`, [{ path: 'channel', message: 'unknown channel' }]);
  }
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  const webhook = await insertWebhook(db, actor.orgId, { ...input, key: `whk_${randomBytes(18).toString('base64url')}`, secret, createdBy: actorLabel(actor) });
  await recordAuditEvent(db, actor, { action: 'webhook.created', subject: `webhook:${webhook.id}`, details: { name: webhook.name, source: webhook.source, channel: webhook.channel } });
  return { ...webhook, secret };
}

export async function listWebhooks(db: Db, actor: Actor): Promise<WebhookRow[]> {
  authorize(canManageWebhooks(actor), 'manage webhooks');
  return selectWebhooks(db, actor.orgId);
}

export async function revokeWebhook(db: Db, actor: Actor, id: string): Promise<WebhookRow> {
  authorize(canManageWebhooks(actor), 'manage webhooks');
  const webhook = await revokeWebhookById(db, actor.orgId, id);
  if (!webhook) throw new AppError('not_found', 'No such webhook.');
  await recordAuditEvent(db, actor, { action: 'webhook.revoked', subject: `webhook:${webhook.id}`, details: { name: webhook.name } });
  return webhook;
}
