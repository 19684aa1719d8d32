// Inbound webhooks: managed by owners and admins; deliveries are signed with the webhook's secret
// instead of an API key (see docs/webhooks.md).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createWebhook, listWebhooks, revokeWebhook } from '../../domain/webhooks/manage-webhooks.ts';
import { receiveWebhook } from '../../domain/webhooks/receive-webhook.ts';
import { createWebhookSchema, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../domain/webhooks/webhooks.schema.ts';
import { actorOf } from '../authenticate.ts';
import { presentWebhook } from '../presenters/imports.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

const INBOUND_BODY_LIMIT = 32 * 1024 * 1024;

export async function webhookRoutes(app: FastifyInstance, { db, config }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.uuid() });

  routes.get('/webhooks', {
    schema: { tags: ['webhooks'], summary: 'Inbound webhooks (never their secrets)' },
    handler: async (request) => ({ items: (await listWebhooks(db, actorOf(request))).map(presentWebhook) }),
  });
  routes.post('/webhooks', {
    schema: { tags: ['webhooks'], summary: 'Create an inbound webhook; its signing secret is returned once', body: createWebhookSchema },
    handler: async (request, reply) => {
      const created = await createWebhook(db, actorOf(request), request.body);
      return reply.status(201).send({ ...presentWebhook(created), secret: created.secret });
    },
  });
  routes.delete('/webhooks/:id', {
    schema: { tags: ['webhooks'], summary: 'Revoke an inbound webhook', params },
    handler: async (request) => presentWebhook(await revokeWebhook(db, actorOf(request), request.params.id)),
  });

  // The signature covers the exact bytes sent, so this route reads the body raw and parses it itself.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: INBOUND_BODY_LIMIT }, (_request, body, done) =>
      done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post('/webhooks/inbound/:key', {
      bodyLimit: INBOUND_BODY_LIMIT,
      config: {
        rateLimit: { max: config.rateLimitIngestPerMinute, timeWindow: '1 minute', keyGenerator: (request: { params: unknown; ip: string }) => (request.params as { key?: string }).key ?? request.ip },
      },
      schema: {
        tags: ['webhooks'],
        summary: 'Receive feedback from another system (signed; no API key)',
        description:
          'Body: one feedback item or {"items": [...]} (up to 1,000); source and channel default to the webhook’s. Headers: X-OpenVoC-Timestamp (Unix seconds) and X-OpenVoC-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" with the secret>.',
        params: z.object({ key: z.string().regex(/^whk_[A-Za-z0-9_-]{16,64}$/) }),
        security: [],
      },
      handler: async (request) => {
        const header = (name: string) => {
          const value = request.headers[name];
          return Array.isArray(value) ? value[0] : value;
        };
        const { outcomes } = await receiveWebhook(db, {
          key: request.params.key,
          signature: header(SIGNATURE_HEADER),
          timestamp: header(TIMESTAMP_HEADER),
          rawBody: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
        });
        return {
          created: outcomes.filter((outcome) => outcome.status === 'created').length,
          duplicates: outcomes.filter((outcome) => outcome.status === 'duplicate').length,
          items: outcomes,
        };
      },
    });
  });
}
