// Journeys → stages → touchpoints.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deleteJourney } from '../../domain/journeys/delete-journey.ts';
import { deleteStage } from '../../domain/journeys/delete-stage.ts';
import { deleteTouchpoint } from '../../domain/journeys/delete-touchpoint.ts';
import { getJourney } from '../../domain/journeys/get-journey.ts';
import * as schemas from '../../domain/journeys/journeys.schema.ts';
import { listJourneys } from '../../domain/journeys/list-journeys.ts';
import { createJourney, updateJourney } from '../../domain/journeys/save-journey.ts';
import { createStage, updateStage } from '../../domain/journeys/save-stage.ts';
import { createTouchpoint, updateTouchpoint } from '../../domain/journeys/save-touchpoint.ts';
import { actorOf } from '../authenticate.ts';
import { presentJourney, presentJourneySummary, presentStage, presentTouchpoint } from '../presenters/settings.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

export async function journeyRoutes(app: FastifyInstance, { db }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.uuid() });
  const tags = ['journeys'];

  routes.get('/journeys', { schema: { tags, summary: 'List journeys' } }, async (request) => ({
    items: (await listJourneys(db, actorOf(request))).map(presentJourneySummary),
  }));
  routes.post('/journeys', { schema: { tags, summary: 'Create a journey', body: schemas.createJourneySchema } }, async (request, reply) =>
    reply.status(201).send(presentJourney(await createJourney(db, actorOf(request), request.body))),
  );
  routes.get('/journeys/:id', { schema: { tags, summary: 'A journey with its stages and touchpoints', params } }, async (request) =>
    presentJourney(await getJourney(db, actorOf(request), request.params.id)),
  );
  routes.patch('/journeys/:id', { schema: { tags, summary: 'Change a journey', params, body: schemas.updateJourneySchema } }, async (request) =>
    presentJourney(await updateJourney(db, actorOf(request), request.params.id, request.body)),
  );
  routes.delete('/journeys/:id', { schema: { tags, summary: 'Delete a journey', params } }, async (request, reply) => {
    await deleteJourney(db, actorOf(request), request.params.id);
    return reply.status(204).send();
  });

  routes.post('/journeys/:id/stages', { schema: { tags, summary: 'Add a stage', params, body: schemas.createStageSchema } }, async (request, reply) =>
    reply.status(201).send(presentStage(await createStage(db, actorOf(request), request.params.id, request.body))),
  );
  routes.patch('/stages/:id', { schema: { tags, summary: 'Rename or move a stage', params, body: schemas.updateStageSchema } }, async (request) =>
    presentStage(await updateStage(db, actorOf(request), request.params.id, request.body)),
  );
  routes.delete('/stages/:id', { schema: { tags, summary: 'Delete a stage', params } }, async (request, reply) => {
    await deleteStage(db, actorOf(request), request.params.id);
    return reply.status(204).send();
  });

  routes.post('/stages/:id/touchpoints', { schema: { tags, summary: 'Add a touchpoint', params, body: schemas.createTouchpointSchema } }, async (request, reply) =>
    reply.status(201).send(presentTouchpoint(await createTouchpoint(db, actorOf(request), request.params.id, request.body))),
  );
  routes.patch('/touchpoints/:id', { schema: { tags, summary: 'Change a touchpoint', params, body: schemas.updateTouchpointSchema } }, async (request) =>
    presentTouchpoint(await updateTouchpoint(db, actorOf(request), request.params.id, request.body)),
  );
  routes.delete('/touchpoints/:id', { schema: { tags, summary: 'Delete a touchpoint', params } }, async (request, reply) => {
    await deleteTouchpoint(db, actorOf(request), request.params.id);
    return reply.status(204).send();
  });
}
