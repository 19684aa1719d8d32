// Surveys for the dashboard and API: the builder's CRUD, responses, links and QR codes, distributions,
// and the organisation's delivery settings.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { createDistribution } from '../../domain/surveys/create-distribution.ts';
import { createSurveyLink, type SurveyLink } from '../../domain/surveys/create-survey-link.ts';
import { deleteSurvey } from '../../domain/surveys/delete-survey.ts';
import { exportResponses } from '../../domain/surveys/export-responses.ts';
import { createDistributionSchema } from '../../domain/surveys/distribution.schema.ts';
import { getSurvey } from '../../domain/surveys/get-survey.ts';
import { getDistribution, listDistributions } from '../../domain/surveys/list-distributions.ts';
import { listResponses } from '../../domain/surveys/list-responses.ts';
import { listSurveys } from '../../domain/surveys/list-surveys.ts';
import { createSurvey, updateSurvey } from '../../domain/surveys/save-survey.ts';
import { getSurveySettings, saveSurveySettings, surveySettingsSchema } from '../../domain/surveys/survey-settings.ts';
import { createLinkSchema, createSurveySchema, linkChannels, updateSurveySchema } from '../../domain/surveys/surveys.schema.ts';
import { parseInput } from '../../domain/parse-input.ts';
import { actorOf } from '../authenticate.ts';
import { presentDistribution, presentResponse, presentSurvey, presentSurveySettings } from '../presenters/surveys.presenter.ts';
import { responsesCsv } from '../presenters/survey-responses-csv.ts';
import type { RouteDeps } from '../route-deps.ts';

// Links shown in the dashboard are absolute: the configured public address, else the address the dashboard is reached at.
function absolute(request: FastifyRequest, link: SurveyLink): string {
  return `${link.publicUrl ?? `${request.protocol}://${request.host}`}${link.path}`;
}

export async function surveyRoutes(app: FastifyInstance, { db }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.uuid() });
  const tags = ['surveys'];

  routes.get('/surveys', { schema: { tags, summary: 'List surveys' } }, async (request) => ({
    items: (await listSurveys(db, actorOf(request))).map(presentSurvey),
  }));
  routes.post('/surveys', { schema: { tags, summary: 'Create a survey', body: createSurveySchema } }, async (request, reply) =>
    reply.status(201).send(presentSurvey(await createSurvey(db, actorOf(request), request.body))),
  );
  routes.get('/surveys/:id', { schema: { tags, summary: 'A survey with its definition', params } }, async (request) =>
    presentSurvey(await getSurvey(db, actorOf(request), request.params.id)),
  );
  routes.patch('/surveys/:id', { schema: { tags, summary: 'Change a survey (questions, status, schedule)', params, body: updateSurveySchema } }, async (request) =>
    presentSurvey(await updateSurvey(db, actorOf(request), request.params.id, request.body)),
  );
  routes.delete('/surveys/:id', { schema: { tags, summary: 'Delete a survey and its responses', params } }, async (request, reply) => {
    await deleteSurvey(db, actorOf(request), request.params.id);
    return reply.status(204).send();
  });
  const responsesQuery = z.object({ format: z.enum(['json', 'csv']).default('json') });
  routes.get(
    '/surveys/:id/responses',
    { schema: { tags, summary: 'Latest responses with full answers (format=csv: all of them, as a spreadsheet)', params, querystring: responsesQuery } },
    async (request, reply) => {
      if (parseInput(responsesQuery, request.query ?? {}).format === 'json') return { items: (await listResponses(db, actorOf(request), request.params.id)).map(presentResponse) };
      const { survey, responses } = await exportResponses(db, actorOf(request), request.params.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="responses-${survey.id.slice(0, 8)}.csv"`)
        .send(responsesCsv(survey, responses));
    },
  );

  routes.post('/surveys/:id/links', { schema: { tags, summary: 'Make a signed respondent link (anonymous or personal)', params, body: createLinkSchema } }, async (request, reply) => {
    const link = await createSurveyLink(db, actorOf(request), request.params.id, request.body ?? {});
    return reply.status(201).send({ url: absolute(request, link), token: link.token, personal: link.personal });
  });
  const qrQuery = z.object({ format: z.enum(['png', 'svg']).default('png'), channel: z.enum(linkChannels).default('store') });
  routes.get('/surveys/:id/qr', { schema: { tags, summary: 'QR code (PNG or SVG) of an anonymous link, e.g. for a store', params, querystring: qrQuery } }, async (request, reply) => {
    const { format, channel } = parseInput(qrQuery, request.query ?? {});
    const url = absolute(request, await createSurveyLink(db, actorOf(request), request.params.id, { channel }));
    const filename = `survey-${request.params.id.slice(0, 8)}-${channel}.${format}`;
    reply.header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'no-store');
    if (format === 'svg') return reply.type('image/svg+xml').send(await QRCode.toString(url, { type: 'svg', margin: 2 }));
    return reply.type('image/png').send(await QRCode.toBuffer(url, { type: 'png', width: 600, margin: 2 }));
  });

  routes.get('/surveys/:id/distributions', { schema: { tags, summary: 'Distributions with sent / opened / started / completed', params } }, async (request) => ({
    items: (await listDistributions(db, actorOf(request), request.params.id)).map(presentDistribution),
  }));
  routes.post('/surveys/:id/distributions', { bodyLimit: 4 * 1024 * 1024, schema: { tags, summary: 'Send a survey by e-mail or SMS', params, body: createDistributionSchema } }, async (request, reply) =>
    reply.status(201).send(presentDistribution(await createDistribution(db, actorOf(request), request.params.id, request.body))),
  );
  routes.get('/distributions/:id', { schema: { tags, summary: 'One distribution and its funnel', params } }, async (request) =>
    presentDistribution(await getDistribution(db, actorOf(request), request.params.id)),
  );

  routes.get('/survey-settings', { schema: { tags, summary: 'Delivery settings: public address, SMTP, SMS webhook (secrets never returned)' } }, async (request) =>
    presentSurveySettings(await getSurveySettings(db, actorOf(request))),
  );
  routes.put('/survey-settings', { schema: { tags, summary: 'Change the delivery settings', body: surveySettingsSchema } }, async (request) =>
    presentSurveySettings(await saveSurveySettings(db, actorOf(request), request.body)),
  );
}
