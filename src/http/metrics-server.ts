// A bare HTTP server with only GET /metrics, for `openvoc worker` processes: they serve no API, but
// their job figures (runs, failures, durations) must be scrapeable like the servers' figures.
import Fastify, { type FastifyBaseLogger } from 'fastify';
import type { Logger } from 'pino';
import { errorBody } from './error-handler.ts';
import { registerMetrics } from './metrics.ts';

export async function startMetricsServer(options: { port: number; host: string; token: string | undefined; log: Logger }): Promise<{ close(): Promise<void> }> {
  const app = Fastify({ loggerInstance: options.log as FastifyBaseLogger });
  registerMetrics(app, { token: options.token });
  app.setNotFoundHandler((request, reply) => reply.status(404).send(errorBody('not_found', `This port serves only GET /metrics, not ${request.method} ${request.url.split('?')[0]}.`)));
  await app.listen({ port: options.port, host: options.host });
  return { close: () => app.close() };
}
