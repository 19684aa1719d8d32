// Adds or changes a notification channel. A signed webhook always gets a secret (generated when none is
// given), shown once in the answer to creation, like an API key.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canManageNotificationChannels } from './notifications.policy.ts';
import { findChannel, insertChannel, updateChannel, type ChannelRow } from './notifications.repo.ts';
import { saveChannelSchema } from './notifications.schema.ts';

export async function createNotificationChannel(db: Db, actor: Actor, rawInput: unknown): Promise<{ channel: ChannelRow; secret: string | null }> {
  authorize(canManageNotificationChannels(actor), 'manage notification channels');
  const input = parseInput(saveChannelSchema, rawInput);
  const secret = input.secret ?? (input.kind === 'webhook' ? `whsec_${randomBytes(24).toString('base64url')}` : null);
  const channel = await insertChannel(db, actor.orgId, input, secret);
  return { channel, secret: input.kind === 'webhook' && !input.secret ? secret : null };
}

export async function updateNotificationChannel(db: Db, actor: Actor, id: string, rawInput: unknown): Promise<ChannelRow> {
  authorize(canManageNotificationChannels(actor), 'manage notification channels');
  const input = parseInput(saveChannelSchema, rawInput);
  const current = await findChannel(db, actor.orgId, id);
  if (!current) throw new AppError('not_found', 'No such notification channel.');
  const secret = input.secret ?? (current.kind === input.kind ? current.secret : null);
  return (await updateChannel(db, actor.orgId, id, input, secret))!;
}
