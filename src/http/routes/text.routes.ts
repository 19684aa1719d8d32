// Text analytics settings: the theme taxonomy, custom themes, and a try-it analyser.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { analyzeSample, analyzeSampleSchema } from '../../domain/text-settings/analyze-sample.ts';
import { getTextSettings, type TextSettings } from '../../domain/text-settings/get-text-settings.ts';
import { removeOrgCustomThemes, trainOrgCustomThemes } from '../../domain/text-settings/train-org-custom-themes.ts';
import { updateTaxonomy } from '../../domain/text-settings/update-taxonomy.ts';
import { authorize } from '../../domain/authorize.ts';
import { parseInput } from '../../domain/parse-input.ts';
import { canManageTextSettings } from '../../domain/text-settings/text-settings.policy.ts';
import { taxonomySchema } from '../../domain/text/index.ts';
import { actorOf } from '../authenticate.ts';
import type { RouteDeps } from '../route-deps.ts';

const examplesSchema = z.object({
  examples: z.array(z.object({ text: z.string().trim().min(1).max(5000), themes: z.array(z.string().trim().min(1).max(100)).min(1).max(20) })).min(4).max(100_000),
});

function presentSettings(settings: TextSettings) {
  return { taxonomy: settings.taxonomy, is_default_taxonomy: settings.isDefaultTaxonomy, custom_themes: settings.customThemes, revision: settings.revision };
}

export async function textRoutes(app: FastifyInstance, { db }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['text analytics'];

  routes.get('/text/settings', { schema: { tags, summary: 'The taxonomy in use and the custom theme model summary' } }, async (request) =>
    presentSettings(await getTextSettings(db, actorOf(request))),
  );
  routes.put('/text/taxonomy', { schema: { tags, summary: 'Replace the theme taxonomy (history is re-analysed in the background)', body: taxonomySchema } }, async (request) =>
    presentSettings(await updateTaxonomy(db, actorOf(request), request.body)),
  );
  routes.delete('/text/taxonomy', { schema: { tags, summary: 'Restore the built-in taxonomy' } }, async (request) =>
    presentSettings(await updateTaxonomy(db, actorOf(request), null)),
  );
  routes.post('/text/custom-themes', { bodyLimit: 64 * 1024 * 1024, schema: { tags, summary: 'Learn custom themes from labelled examples', body: examplesSchema } }, async (request) => {
    const actor = actorOf(request);
    authorize(canManageTextSettings(actor), 'train custom themes');
    return trainOrgCustomThemes(db, actor, parseInput(examplesSchema, request.body).examples);
  });
  routes.delete('/text/custom-themes', { schema: { tags, summary: 'Remove the custom theme model' } }, async (request, reply) => {
    await removeOrgCustomThemes(db, actorOf(request));
    return reply.status(204).send();
  });
  routes.post('/text/analyze', { schema: { tags, summary: 'Analyse a text with the organisation’s settings, without storing it', body: analyzeSampleSchema } }, async (request) =>
    analyzeSample(db, actorOf(request), request.body),
  );
}
