// GET /metrics in Prometheus text format, and the hook that times every HTTP request by route
// pattern. Not part of /api/v1 or the OpenAPI document: it is for operators' scrapers, not clients.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { processMetrics } from '../observability/prometheus.ts';
import { errorBody } from './error-handler.ts';

export const METRICS_PATH = '/metrics';

/**
 * Must be registered before authentication: Prometheus sends its scrape token as
 * `Authorization: Bearer …`, which the API-key authentication would otherwise reject as a bad key.
 * So /metrics is answered here, from an onRequest hook, and never reaches authentication or routes.
 */
export function registerMetrics(app: FastifyInstance, options: { token: string | undefined }): void {
  const metrics = processMetrics();
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' || request.url.split('?')[0] !== METRICS_PATH) return;
    if (options.token !== undefined && !bearerMatches(request.headers.authorization, options.token)) {
      return reply.status(401).send(errorBody('unauthenticated', 'Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.'));
    }
    const body = await metrics.registry.metrics();
    return reply.header('cache-control', 'no-store').type(metrics.registry.contentType).send(body);
  });

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, never the raw URL: ids in paths would make one time series per item.
    const route = request.routeOptions.url ?? (request.url.split('?')[0] === METRICS_PATH ? METRICS_PATH : '(unmatched)');
    const labels = { method: request.method, route };
    metrics.httpRequests.inc({ ...labels, status: String(reply.statusCode) });
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
  });
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
