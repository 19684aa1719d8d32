// Makes a signed respondent link for a survey: anonymous (answerable many times, e.g. printed as a QR
// code) or personal (carries customer identifiers; answerable once).
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { AppError } from '../../errors.ts';
import { loadSurveySettings } from './survey-settings.ts';
import { newNonce, signToken, type TokenPayload } from './survey-token.ts';
import { canCreateSurveyLinks } from './surveys.policy.ts';
import { findSurvey } from './surveys.repo.ts';
import { createLinkSchema } from './surveys.schema.ts';

export interface SurveyLink {
  token: string;
  path: string;
  personal: boolean;
  publicUrl: string | null;
}

export async function createSurveyLink(db: Db, actor: Actor, surveyId: string, rawInput: unknown): Promise<SurveyLink> {
  authorize(canCreateSurveyLinks(actor), 'create survey links');
  const input = parseInput(createLinkSchema, rawInput);
  const survey = await findSurvey(db, actor.orgId, surveyId);
  if (!survey) throw new AppError('not_found', 'No such survey.');
  const settings = await loadSurveySettings(db, actor.orgId);
  const identifiers = input.identifiers as Record<string, string> | undefined;
  const personal = input.personal || Boolean(identifiers && Object.keys(identifiers).length > 0);
  const payload: TokenPayload = { s: survey.id, c: input.channel, ...(personal ? { n: newNonce() } : {}), ...(identifiers ? { i: identifiers } : {}) };
  const token = signToken(payload, settings.signingKey);
  return { token, path: `/s/${token}`, personal, publicUrl: settings.publicUrl };
}

/** Used by distribution: a personal link for one invitation, signed with the organisation's key. */
export function invitationToken(signingKey: string, surveyId: string, channel: string, invitationId: string, identifiers: Record<string, string>): string {
  return signToken({ s: surveyId, c: channel, n: invitationId, v: invitationId, ...(Object.keys(identifiers).length ? { i: identifiers } : {}) }, signingKey);
}
