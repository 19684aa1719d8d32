// Who is answering and through which door: a signed link (/s/:token), the kiosk page (/k/:surveyId)
// or the widget. Resolved once per request; the public pages and the submit use case both start here.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../parse-input.ts';
import { loadSurveySettings } from './survey-settings.ts';
import { peekToken, verifyToken } from './survey-token.ts';
import { findSurveyById, type SurveyRow } from './surveys.repo.ts';
import { identifiersSchema } from './surveys.schema.ts';

export interface RespondentContext {
  survey: SurveyRow;
  /** The feedback channel the response is recorded under. */
  channel: string;
  /** A personal link's nonce: its one response is keyed by it. */
  personalKey?: string;
  identifiers: Record<string, string>;
  invitationId?: string;
}

// Link channels name where the link was sent; feedback channels are the organisation's channel keys.
const FEEDBACK_CHANNEL: Record<string, string> = { email: 'email', sms: 'sms', wechat: 'wechat', alipay: 'alipay', store: 'store', website: 'website', app: 'app', link: 'website' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notFound = () => new AppError('not_found', 'This survey link is not valid.');

export async function resolveLink(db: Db, token: string): Promise<RespondentContext> {
  const claimed = peekToken(token);
  if (!claimed || !UUID.test(claimed.s)) throw notFound();
  const survey = await findSurveyById(db, claimed.s);
  if (!survey) throw notFound();
  const payload = verifyToken(token, (await loadSurveySettings(db, survey.orgId)).signingKey);
  if (!payload) throw notFound();
  return {
    survey,
    channel: FEEDBACK_CHANNEL[payload.c] ?? 'website',
    ...(payload.n ? { personalKey: `p:${payload.n}` } : {}),
    identifiers: payload.i ?? {},
    ...(payload.v && UUID.test(payload.v) ? { invitationId: payload.v } : {}),
  };
}

export async function resolveKiosk(db: Db, surveyId: string): Promise<RespondentContext> {
  const survey = UUID.test(surveyId) ? await findSurveyById(db, surveyId) : undefined;
  if (!survey) throw new AppError('not_found', 'No such survey.');
  return { survey, channel: 'store', identifiers: {} };
}

/** The widget names its survey and may pass identifiers set by the host page's identify() call. */
export async function resolveWidget(db: Db, surveyId: string, channel: 'website' | 'app' = 'website', identifiers: unknown = {}): Promise<RespondentContext> {
  const survey = UUID.test(surveyId) ? await findSurveyById(db, surveyId) : undefined;
  if (!survey) throw new AppError('not_found', 'No such survey.');
  return { survey, channel, identifiers: parseInput(identifiersSchema, identifiers ?? {}) as Record<string, string> };
}
