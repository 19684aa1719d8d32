// Feedback ingestion (single and batch, idempotent) and the inbox listing.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getFeedback } from '../../domain/feedback/get-feedback.ts';
import { feedbackBatchSchema, feedbackFilterSchema, feedbackInputSchema } from '../../domain/feedback/feedback.schema.ts';
import { ingestFeedback } from '../../domain/feedback/ingest-feedback.ts';
import { ingestFeedbackBatch } from '../../domain/feedback/ingest-feedback-batch.ts';
import { listFeedback } from '../../domain/feedback/list-feedback.ts';
import { countIngested } from '../../observability/prometheus.ts';
import { parseInput } from '../../domain/parse-input.ts';
import { actorOf } from '../authenticate.ts';
import { presentFeedback } from '../presenters/feedback.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

const BATCH_BODY_LIMIT = 32 * 1024 * 1024;

export async function feedbackRoutes(app: FastifyInstance, { db, config }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const ingestRateLimit = {
    max: config.rateLimitIngestPerMinute,
    timeWindow: '1 minute',
    keyGenerator: (request: { auth?: { actor: { orgId: string } }; ip: string }) => request.auth?.actor.orgId ?? request.ip,
  };

  routes.post('/feedback', {
    schema: {
      tags: ['feedback'],
      summary: 'Ingest one feedback item (idempotent on source + external_id)',
      description: 'Returns 201 with the stored item, or 200 with the existing item when (source, external_id) was already ingested.',
      body: feedbackInputSchema,
    },
    config: { rateLimit: ingestRateLimit },
    handler: async (request, reply) => {
      const { item, created } = await ingestFeedback(db, actorOf(request), request.body);
      countIngested([{ source: item.source, created }]);
      return reply.status(created ? 201 : 200).send({ ...presentFeedback(item), created });
    },
  });

  routes.post('/feedback/batch', {
    bodyLimit: BATCH_BODY_LIMIT,
    schema: {
      tags: ['feedback'],
      summary: 'Ingest up to 1,000 feedback items atomically',
      description: 'All items are validated first; if any is invalid nothing is stored and every problem is listed by item index.',
      body: z.object({ items: z.array(feedbackInputSchema).max(1000) }),
    },
    config: { rateLimit: ingestRateLimit },
    handler: async (request) => {
      const actor = actorOf(request);
      const { items } = parseInput(feedbackBatchSchema, request.body);
      const outcomes = await ingestFeedbackBatch(db, actor, items);
      countIngested(outcomes.map((outcome) => ({ source: (items[outcome.index] as { source: string }).source, created: outcome.status === 'created' })));
      return {
        created: outcomes.filter((outcome) => outcome.status === 'created').length,
        duplicates: outcomes.filter((outcome) => outcome.status === 'duplicate').length,
        items: outcomes,
      };
    },
  });

  routes.get('/feedback', {
    schema: { tags: ['feedback'], summary: 'List feedback, newest first, with filters and cursor pagination', querystring: feedbackFilterSchema },
    handler: async (request) => {
      const page = await listFeedback(db, actorOf(request), request.query);
      return { items: page.items.map((row) => presentFeedback(row)), next_cursor: page.nextCursor };
    },
  });

  routes.get('/feedback/:id', {
    schema: { tags: ['feedback'], summary: 'One feedback item with the explanation of its analysis', params: z.object({ id: z.uuid() }) },
    handler: async (request) => presentFeedback(await getFeedback(db, actorOf(request), request.params.id), { withExplanation: true }),
  });
}
