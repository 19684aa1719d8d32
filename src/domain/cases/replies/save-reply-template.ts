// Creates or replaces a reply template, so agents answer common complaints quickly and consistently.
import { isUniqueViolation, type Db } from '../../../db/pool.ts';
import { AppError } from '../../../errors.ts';
import type { Actor } from '../../actor.ts';
import { authorize } from '../../authorize.ts';
import { parseInput } from '../../parse-input.ts';
import { canManageCaseSettings } from '../cases.policy.ts';
import { insertTemplate, updateTemplate, type ReplyTemplateRow } from './case-replies.repo.ts';
import { templateSchema } from './case-replies.schema.ts';

export async function createReplyTemplate(db: Db, actor: Actor, rawInput: unknown): Promise<ReplyTemplateRow> {
  authorize(canManageCaseSettings(actor), 'manage reply templates');
  const input = parseInput(templateSchema, rawInput);
  return nameTaken(() => insertTemplate(db, actor.orgId, input));
}

export async function updateReplyTemplate(db: Db, actor: Actor, id: string, rawInput: unknown): Promise<ReplyTemplateRow> {
  authorize(canManageCaseSettings(actor), 'manage reply templates');
  const input = parseInput(templateSchema, rawInput);
  const template = await nameTaken(() => updateTemplate(db, actor.orgId, id, input));
  if (!template) throw new AppError('not_found', 'No such reply template.');
  return template;
}

async function nameTaken<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, 'reply_templates_org_name_key')) throw new AppError('conflict', 'A reply template with this name already exists.');
    throw error;
  }
}
