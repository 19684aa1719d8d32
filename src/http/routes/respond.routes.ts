// Public respondent doors, no sign-in: survey links (/s/:token), the kiosk page (/k/:surveyId), the
// widget's JSON endpoints (/w/:surveyId, callable from other sites), e-mail open pixels and opt-out.
// Rate-limited per address and per survey, with small body limits.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { optOutRecipient } from '../../domain/surveys/opt-out-recipient.ts';
import { openSurveyPage } from '../../domain/surveys/open-survey-page.ts';
import { resolveKiosk, resolveLink, resolveWidget, type RespondentContext } from '../../domain/surveys/respondent-context.ts';
import { submitResponse } from '../../domain/surveys/submit-response.ts';
import { MAX_ANSWERS_BYTES } from '../../domain/surveys/surveys.schema.ts';
import { AppError, isAppError } from '../../errors.ts';
import { renderMessagePage, renderOptOutPage, renderSurveyPage } from '../respondent/render-page.ts';
import { chooseLang } from '../respondent/respondent-texts.ts';
import { presentWidgetSurvey } from '../presenters/surveys.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
// Personal tokens carry identifiers and outgrow the router's parameter length limit, so token routes
// take the rest of the path (a wildcard) and read the token from it.
const wildcard = z.object({ '*': z.string().min(10).max(4000) });
const tokenOf = (request: FastifyRequest, suffix = '') => {
  const rest = (request.params as { '*': string })['*'];
  return suffix && rest.endsWith(suffix) ? rest.slice(0, -suffix.length) : rest;
};
const surveyParam = z.object({ surveyId: z.string().max(60) });

export async function respondRoutes(parent: FastifyInstance, deps: RouteDeps): Promise<void> {
  await parent.register(async (app) => {
    // Widget answers (errors and 429s included) must be readable by the host page.
    app.addHook('onRequest', async (request, reply) => {
      if (request.url.startsWith('/w/')) allowAnyOrigin(reply);
    });
    await publicRoutes(app, deps);
  });
}

async function publicRoutes(app: FastifyInstance, { db, config }: RouteDeps): Promise<void> {
  const perSurvey = config.rateLimitPublicPerMinute;
  const perAddress = Math.max(1, Math.floor(perSurvey / 10));
  // Two limits on every public write: one address cannot flood, and one survey cannot be flooded from many.
  const limits = [
    app.rateLimit({ max: perAddress, timeWindow: '1 minute', keyGenerator: (request) => `respond-ip:${request.ip}` }),
    app.rateLimit({ max: perSurvey, timeWindow: '1 minute', keyGenerator: (request) => `respond-survey:${surveyKeyOf(request)}` }),
  ];
  const pageLimit = app.rateLimit({ max: perSurvey, timeWindow: '1 minute', keyGenerator: (request) => `respond-page:${request.ip}` });
  const submit = { bodyLimit: MAX_ANSWERS_BYTES, preHandler: limits, schema: { hide: true } };
  const page = { preHandler: [pageLimit], schema: { hide: true } };

  app.get('/s/*', { ...page, schema: { hide: true, params: wildcard } }, async (request, reply) =>
    showSurvey(request, reply, () => resolveLink(db, tokenOf(request)), `/s/${tokenOf(request)}/responses`, false),
  );
  app.post('/s/*', { ...submit, schema: { hide: true, params: wildcard } }, async (request) => {
    if (!tokenOf(request).endsWith('/responses')) throw new AppError('not_found', 'No such survey link.');
    return presentSubmit(await submitResponse(db, await resolveLink(db, tokenOf(request, '/responses')), request.body));
  });

  app.get('/k/:surveyId', { ...page, schema: { hide: true, params: surveyParam } }, async (request, reply) =>
    showSurvey(request, reply, () => resolveKiosk(db, (request.params as { surveyId: string }).surveyId), `/k/${(request.params as { surveyId: string }).surveyId}/responses`, true),
  );
  app.post('/k/:surveyId/responses', { ...submit, schema: { hide: true, params: surveyParam } }, async (request) =>
    presentSubmit(await submitResponse(db, await resolveKiosk(db, (request.params as { surveyId: string }).surveyId), request.body)),
  );

  // The widget runs on the customer's own website, so these answer cross-origin requests (never with cookies).
  app.options('/w/:surveyId/*', { schema: { hide: true } }, async (_request, reply) => corsPreflight(reply));
  app.options('/w/:surveyId', { schema: { hide: true } }, async (_request, reply) => corsPreflight(reply));
  app.get('/w/:surveyId', { ...page, schema: { hide: true, params: surveyParam } }, async (request) => {
    const context = await resolveWidget(db, (request.params as { surveyId: string }).surveyId);
    const view = await openSurveyPage(db, context);
    return presentWidgetSurvey(context.survey, view.availability);
  });
  app.post('/w/:surveyId/responses', { ...submit, schema: { hide: true, params: surveyParam } }, async (request) => {
    const body = (request.body ?? {}) as { identifiers?: unknown; channel?: 'website' | 'app' };
    const context = await resolveWidget(db, (request.params as { surveyId: string }).surveyId, body.channel === 'app' ? 'app' : 'website', body.identifiers);
    return presentSubmit(await submitResponse(db, context, request.body));
  });

  app.get('/p/*', { ...page, schema: { hide: true, params: wildcard } }, async (request, reply) => {
    // The open pixel never fails visibly: a broken image in an e-mail helps nobody.
    await resolveLink(db, tokenOf(request, '.gif'))
      .then((context) => openSurveyPage(db, context))
      .catch(() => undefined);
    return reply.type('image/gif').header('cache-control', 'no-store').send(PIXEL);
  });

  // Opt-out asks for a click (a POST), so that mail scanners following links do not unsubscribe anyone.
  app.register(async (optOut) => {
    optOut.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_request, _body, done) => done(null, {}));
    optOut.get('/o/*', { ...page, schema: { hide: true, params: wildcard } }, async (request, reply) => {
      const lang = chooseLang((request.query as { lang?: string }).lang, request.headers['accept-language'], 'zh-CN');
      return reply.type('text/html; charset=utf-8').send(renderOptOutPage(lang, request.url, false));
    });
    optOut.post('/o/*', { preHandler: limits, schema: { hide: true, params: wildcard } }, async (request, reply) => {
      const lang = chooseLang((request.query as { lang?: string }).lang, request.headers['accept-language'], 'zh-CN');
      await optOutRecipient(db, tokenOf(request));
      return reply.type('text/html; charset=utf-8').send(renderOptOutPage(lang, request.url, true));
    });
  });

  async function showSurvey(request: FastifyRequest, reply: FastifyReply, resolve: () => Promise<RespondentContext>, submitUrl: string, kiosk: boolean) {
    const queryLang = (request.query as { lang?: string }).lang;
    const acceptLanguage = request.headers['accept-language'];
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    let context: RespondentContext;
    try {
      context = await resolve();
    } catch (error) {
      if (isAppError(error) && error.code === 'not_found') return reply.status(404).send(renderMessagePage(chooseLang(queryLang, acceptLanguage, 'zh-CN'), '', 'invalid'));
      throw error;
    }
    const { definition } = context.survey;
    const lang = chooseLang(queryLang, acceptLanguage, definition.default_lang);
    const view = await openSurveyPage(db, context);
    const title = lang === 'zh-CN' ? definition.title.zh || definition.title.en || '' : definition.title.en || definition.title.zh || '';
    if (view.answered) return reply.send(renderMessagePage(lang, title, 'answered'));
    if (view.availability !== 'open') return reply.send(renderMessagePage(lang, title, view.availability === 'closed' ? 'closed' : 'notOpen'));
    return reply.send(renderSurveyPage({ surveyId: context.survey.id, definition, lang, submitUrl, answers: view.answers, kiosk }));
  }
}

function surveyKeyOf(request: FastifyRequest): string {
  const params = request.params as { '*'?: string; surveyId?: string };
  if (params.surveyId) return params.surveyId;
  try {
    const body = Buffer.from((params['*'] ?? '').split('.')[0] ?? '', 'base64url').toString('utf8');
    return String((JSON.parse(body) as { s?: unknown }).s ?? 'unknown').slice(0, 60);
  } catch {
    return 'unknown';
  }
}

function presentSubmit(outcome: { responseId: string; completed: boolean }) {
  return { response_id: outcome.responseId, completed: outcome.completed };
}

function allowAnyOrigin(reply: FastifyReply): void {
  reply.header('access-control-allow-origin', '*').header('cross-origin-resource-policy', 'cross-origin');
}

function corsPreflight(reply: FastifyReply) {
  allowAnyOrigin(reply);
  return reply
    .header('access-control-allow-methods', 'GET, POST')
    .header('access-control-allow-headers', 'content-type, x-openvoc-csrf')
    .header('access-control-max-age', '600')
    .status(204)
    .send();
}
