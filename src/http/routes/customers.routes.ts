// Customers: the directory, the 360, the cross-channel timeline, merge/unmerge, and the privacy
// operations (export, erase).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { customerFilterSchema, eraseCustomerSchema, timelineFilterSchema } from '../../domain/customers/customers.schema.ts';
import { eraseCustomer } from '../../domain/customers/erase-customer.ts';
import { exportCustomer } from '../../domain/customers/export-customer.ts';
import { getCustomer } from '../../domain/customers/get-customer.ts';
import { listCustomerTimeline } from '../../domain/customers/list-customer-timeline.ts';
import { listCustomers } from '../../domain/customers/list-customers.ts';
import { mergeCustomersSchema } from '../../domain/identity/identity.schema.ts';
import { mergeCustomers } from '../../domain/identity/merge-customers.ts';
import { unmergeCustomers } from '../../domain/identity/unmerge-customers.ts';
import { actorOf } from '../authenticate.ts';
import { presentCustomer360, presentCustomerExport, presentCustomerListItem, presentErasure, presentTimelineEntry } from '../presenters/customers.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

export async function customerRoutes(app: FastifyInstance, { db }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.uuid() });

  routes.get('/customers', {
    schema: { tags: ['customers'], summary: 'List customers, most recently active first; q searches identifiers (any phone format), names and ids', querystring: customerFilterSchema },
    handler: async (request) => {
      const page = await listCustomers(db, actorOf(request), request.query);
      return { items: page.items.map(presentCustomerListItem), next_cursor: page.nextCursor };
    },
  });

  routes.get('/customers/:id', {
    schema: {
      tags: ['customers'],
      summary: 'Customer 360: profile, identifiers, latest scores, sentiment trend, themes, channel path, merges',
      description: 'An id of a profile merged into another returns the live profile; `requested_id` keeps the id asked for.',
      params,
    },
    handler: async (request) => presentCustomer360(await getCustomer(db, actorOf(request), request.params.id)),
  });

  routes.get('/customers/:id/timeline', {
    schema: { tags: ['customers'], summary: 'The customer’s cross-channel timeline, newest first (cursor pagination)', params, querystring: timelineFilterSchema },
    handler: async (request) => {
      const page = await listCustomerTimeline(db, actorOf(request), request.params.id, request.query);
      return { customer_id: page.customerId, items: page.items.map(presentTimelineEntry), next_cursor: page.nextCursor };
    },
  });

  routes.post('/customers/merge', {
    schema: { tags: ['customers'], summary: 'Merge two customers (owner, admin); reversible with unmerge', body: mergeCustomersSchema },
    handler: async (request, reply) => {
      const result = await mergeCustomers(db, actorOf(request), request.body);
      return reply.status(201).send({ merge_id: result.mergeId, survivor_id: result.survivorId, absorbed_id: result.absorbedId });
    },
  });

  routes.post('/customers/merges/:id/unmerge', {
    schema: { tags: ['customers'], summary: 'Undo a merge (owner, admin): both profiles come back with their own identifiers and feedback', params },
    handler: async (request) => {
      const result = await unmergeCustomers(db, actorOf(request), request.params.id);
      return { merge_id: result.mergeId, customer_id: result.liveId, restored_id: result.restoredId };
    },
  });

  routes.post('/customers/:id/export', {
    schema: { tags: ['customers'], summary: 'Export everything about a customer as JSON (owner, admin; audited)', params },
    handler: async (request, reply) => {
      const data = presentCustomerExport(await exportCustomer(db, actorOf(request), request.params.id));
      return reply.header('content-disposition', `attachment; filename="customer-${data.customer.id}.json"`).send(data);
    },
  });

  routes.post('/customers/:id/erase', {
    schema: {
      tags: ['customers'],
      summary: 'Erase a customer’s personal data, irreversibly (owner, admin; audited)',
      description: 'Identifiers, names, personal metadata and the text (redacted, or removed with {"text":"remove"}) go; ratings, sentiment, themes, channels and dates stay so aggregates are unchanged.',
      params,
      body: eraseCustomerSchema.optional(),
    },
    handler: async (request) => presentErasure(await eraseCustomer(db, actorOf(request), request.params.id, request.body ?? {})),
  });
}
