// Adds a channel or changes its names and kind (the key never changes: history refers to it).
import { isUniqueViolation, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canManageChannels } from './channels.policy.ts';
import { findChannel, insertChannels, updateChannel as updateChannelRow, type ChannelRow } from './channels.repo.ts';
import { createChannelSchema, updateChannelSchema } from './channels.schema.ts';

export async function createChannel(db: Db, actor: Actor, rawInput: unknown): Promise<ChannelRow> {
  authorize(canManageChannels(actor), 'manage channels');
  const input = parseInput(createChannelSchema, rawInput);
  try {
    await insertChannels(db, actor.orgId, [input]);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('channel_exists', `A channel with the key "${input.key}" already exists.`);
    throw error;
  }
  return (await findChannel(db, actor.orgId, input.key))!;
}

export async function updateChannel(db: Db, actor: Actor, key: string, rawInput: unknown): Promise<ChannelRow> {
  authorize(canManageChannels(actor), 'manage channels');
  const input = parseInput(updateChannelSchema, rawInput);
  const current = await findChannel(db, actor.orgId, key);
  if (!current) throw new AppError('not_found', `No channel with the key "${key}".`);
  const nameEn = 'name_en' in input ? input.name_en : current.nameEn;
  const nameZh = 'name_zh' in input ? input.name_zh : current.nameZh;
  if (!nameEn && !nameZh) throw new AppError('validation_failed', 'name_en: a channel needs name_en or name_zh.', [{ path: 'name_en', message: 'give name_en or name_zh' }]);
  return (await updateChannelRow(db, actor.orgId, key, input))!;
}
