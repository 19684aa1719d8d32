// Wires the HTTP server: security plugins, authentication, the OpenAPI document, the /api/v1 routes,
// and the built dashboard with single-page-app fallback.
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifySchemaCompiler } from 'fastify';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type pg from 'pg';
import type { Config } from '../config.ts';
import { startChangeFeed } from '../db/change-feed.ts';
import { AppError } from '../errors.ts';
import { authenticationHook } from './authenticate.ts';
import { errorBody, handleError } from './error-handler.ts';
import { registerMetrics } from './metrics.ts';
import type { RouteDeps } from './route-deps.ts';
import { actionPlanRoutes } from './routes/action-plans.routes.ts';
import { alertRoutes } from './routes/alerts.routes.ts';
import { auditRoutes } from './routes/audit.routes.ts';
import { caseRoutes } from './routes/cases.routes.ts';
import { caseRoutingRoutes } from './routes/case-routing.routes.ts';
import { caseReplyRoutes } from './routes/case-replies.routes.ts';
import { caseSettingsRoutes } from './routes/case-settings.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { channelRoutes } from './routes/channels.routes.ts';
import { customerRoutes } from './routes/customers.routes.ts';
import { feedbackRoutes } from './routes/feedback.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { importRoutes } from './routes/imports.routes.ts';
import { journeyRoutes } from './routes/journeys.routes.ts';
import { metricsRoutes } from './routes/metrics.routes.ts';
import { notificationRoutes } from './routes/notifications.routes.ts';
import { peopleRoutes } from './routes/people.routes.ts';
import { respondRoutes } from './routes/respond.routes.ts';
import { serviceMetricsRoutes } from './routes/service-metrics.routes.ts';
import { surveyRoutes } from './routes/surveys.routes.ts';
import { textRoutes } from './routes/text.routes.ts';
import { webhookRoutes } from './routes/webhooks.routes.ts';

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
const WIDGET_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../widget/dist/widget.js');

export interface AppOptions {
  db: pg.Pool;
  config: Config;
  log: Logger;
  dbKind: 'embedded' | 'external';
  webDist?: string;
}

// Bodies and query strings are validated by the use cases themselves (with the same zod schemas the
// routes declare for the OpenAPI document), so HTTP, CLI and jobs report problems identically.
// Path parameters are checked here, before any SQL sees them.
const compileValidator: FastifySchemaCompiler<unknown> = (route) =>
  route.httpPart === 'params' ? validatorCompiler(route as never) : (value: unknown) => ({ value });

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { db, config, log, dbKind } = options;
  const app = Fastify({ loggerInstance: log as FastifyBaseLogger, trustProxy: config.trustProxy, bodyLimit: 1024 * 1024 });
  app.setValidatorCompiler(compileValidator);
  app.setErrorHandler(handleError);
  // The API speaks JSON only; a text body is a client mistake that deserves 415, not a confusing 400.
  app.removeContentTypeParser('text/plain');
  // API keys and text settings are remembered between requests while this feed reports changes.
  if (config.changeFeed) {
    const changeFeed = startChangeFeed(db, log);
    app.addHook('onClose', () => changeFeed.stop());
  }

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.cookieSecure,
  });
  await app.register(rateLimit, {
    global: false,
    // After authentication, so limits can be kept per organisation rather than per address.
    hook: 'preHandler',
    errorResponseBuilder: () => new AppError('rate_limited', 'Too many requests; slow down and retry shortly.'),
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'OpenVoC API', version: '1.0.0', description: 'Voice-of-Customer platform API. Ingest with an API key; the dashboard uses a session cookie.' },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'An ingestion key (ovk_…) created in Settings → API keys' },
          session: { type: 'apiKey', in: 'cookie', name: 'openvoc_session' },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerMetrics(app, { token: config.metricsToken });
  app.addHook('onRequest', authenticationHook(db, { ttlHours: config.sessionTtlHours }));

  const deps: RouteDeps = { db, config };
  await healthRoutes(app, deps, dbKind);
  await app.register(
    async (api) => {
      await authRoutes(api, deps);
      await alertRoutes(api, deps);
      await notificationRoutes(api, deps);
      await auditRoutes(api, deps);
      await feedbackRoutes(api, deps);
      await channelRoutes(api, deps);
      await customerRoutes(api, deps);
      await importRoutes(api, deps);
      await journeyRoutes(api, deps);
      await metricsRoutes(api, deps);
      await peopleRoutes(api, deps);
      await surveyRoutes(api, deps);
      await textRoutes(api, deps);
      await webhookRoutes(api, deps);
      await caseRoutes(api, deps);
      await caseRoutingRoutes(api, deps);
      await caseReplyRoutes(api, deps);
      await caseSettingsRoutes(api, deps);
      await actionPlanRoutes(api, deps);
      await serviceMetricsRoutes(api, deps);
    },
    { prefix: '/api/v1' },
  );
  await respondRoutes(app, deps);
  serveWidget(app);
  await serveDashboard(app, options.webDist ?? WEB_DIST);
  return app;
}

// The embeddable widget is loaded by other sites' pages with a <script> tag.
function serveWidget(app: FastifyInstance): void {
  app.get('/widget.js', { schema: { hide: true } }, async (_request, reply) => {
    if (!existsSync(WIDGET_FILE)) return reply.status(503).type('text/plain').send('The widget is not built yet: run `npm run build`.');
    return reply
      .type('application/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('cross-origin-resource-policy', 'cross-origin')
      .send(createReadStream(WIDGET_FILE));
  });
}

async function serveDashboard(app: FastifyInstance, webDist: string): Promise<void> {
  const built = existsSync(path.join(webDist, 'index.html'));
  if (built) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return reply.status(404).send(errorBody('not_found', `No route for ${request.method} ${request.url.split('?')[0]}.`));
    }
    if (!built) return reply.status(503).type('text/plain').send('The dashboard is not built yet: run `npm run build`.');
    // Client-side routes (/inbox, /settings/...) all load the single-page app.
    return reply.sendFile('index.html');
  });
}
