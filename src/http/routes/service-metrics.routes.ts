// Service metrics of cases (response and resolution times, first-contact resolution, transfers,
// SLA compliance) for the service dashboard; agents get their own teams' figures.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getServiceMetrics } from '../../domain/cases/metrics/get-service-metrics.ts';
import { serviceMetricsFilterSchema } from '../../domain/cases/metrics/service-metrics.schema.ts';
import { actorOf } from '../authenticate.ts';
import { presentServiceMetrics } from '../presenters/service-metrics.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

export async function serviceMetricsRoutes(app: FastifyInstance, { db }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get(
    '/service-metrics',
    { schema: { tags: ['cases'], summary: 'Service metrics of the cases created in a range: overall, per team, per agent and per week', querystring: serviceMetricsFilterSchema } },
    async (request) => presentServiceMetrics(await getServiceMetrics(db, actorOf(request), request.query)),
  );
}
