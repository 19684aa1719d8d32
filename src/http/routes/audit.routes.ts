// The audit trail (owners and admins): who merged, unmerged, exported or erased what, and when.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditFilterSchema, listAuditEvents } from '../../domain/audit/list-audit-events.ts';
import { actorOf } from '../authenticate.ts';
import { presentAuditEvent } from '../presenters/customers.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

export async function auditRoutes(app: FastifyInstance, { db }: RouteDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get('/audit-log', {
    schema: { tags: ['audit'], summary: 'The audit trail, newest first (filters: subject, action, actor)', querystring: auditFilterSchema },
    handler: async (request) => {
      const page = await listAuditEvents(db, actorOf(request), request.query);
      return { items: page.items.map(presentAuditEvent), next_cursor: page.nextCursor };
    },
  });
}
