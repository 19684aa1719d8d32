// Reads and changes the organisation's survey settings: the link-signing key (made on first use, so
// installations need no configured secret), the public address used in messages, SMTP and the SMS webhook.
import { z } from 'zod';
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { newSigningKey } from './survey-token.ts';
import { canManageSurveySettings } from './surveys.policy.ts';
import { ensureSettings, updateDeliverySettings, type SurveySettingsRow } from './surveys.repo.ts';

export const surveySettingsSchema = z
  .object({
    public_url: z.url({ protocol: /^https?$/ }).max(300).nullable().optional(),
    smtp: z
      .object({
        host: z.string().trim().min(1).max(255),
        port: z.number().int().min(1).max(65535),
        secure: z.boolean().default(false),
        user: z.string().max(255).optional(),
        // Left out on save, the stored password is kept: the dashboard never receives it back.
        password: z.string().max(255).optional(),
        from: z.string().trim().min(3).max(255),
      })
      .strict()
      .nullable()
      .optional(),
    sms: z
      .object({
        url: z.url({ protocol: /^https?$/ }).max(500),
        // Left out on save, the stored headers (often credentials) are kept.
        headers: z.record(z.string().min(1).max(100), z.string().max(1000)).optional(),
        body_template: z.string().min(1).max(5000),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

export function loadSurveySettings(db: Db, orgId: string): Promise<SurveySettingsRow> {
  return ensureSettings(db, orgId, newSigningKey());
}

export async function getSurveySettings(db: Db, actor: Actor): Promise<SurveySettingsRow> {
  authorize(canManageSurveySettings(actor), 'manage survey delivery settings');
  return loadSurveySettings(db, actor.orgId);
}

export async function saveSurveySettings(db: Db, actor: Actor, rawInput: unknown): Promise<SurveySettingsRow> {
  authorize(canManageSurveySettings(actor), 'manage survey delivery settings');
  const input = parseInput(surveySettingsSchema, rawInput);
  const current = await loadSurveySettings(db, actor.orgId);
  const smtp = input.smtp === undefined ? current.smtp : input.smtp && { ...input.smtp, password: input.smtp.password ?? current.smtp?.password };
  await updateDeliverySettings(db, actor.orgId, {
    publicUrl: input.public_url === undefined ? current.publicUrl : (input.public_url?.replace(/\/+$/, '') ?? null),
    smtp,
    sms: input.sms === undefined ? current.sms : input.sms && { ...input.sms, headers: input.sms.headers ?? current.sms?.headers ?? {} },
  });
  return loadSurveySettings(db, actor.orgId);
}
