// Case routing rules: which team gets which cases, tried in order (owners and admins shape them).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reorderRoutingRulesSchema, routingRuleSchema } from '../../domain/cases/cases.schema.ts';
import { deleteRoutingRule } from '../../domain/cases/delete-routing-rule.ts';
import { listRoutingRules } from '../../domain/cases/list-routing-rules.ts';
import { reorderRoutingRules } from '../../domain/cases/reorder-routing-rules.ts';
import { createRoutingRule, updateRoutingRuleById } from '../../domain/cases/save-routing-rule.ts';
import { actorOf } from '../authenticate.ts';
import { presentRoutingRule } from '../presenters/cases.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

export async function caseRoutingRoutes(app: FastifyInstance, { db }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.uuid() });
  const tags = ['cases'];

  routes.get('/case-routing-rules', { schema: { tags, summary: 'Routing rules in the order they are tried' } }, async (request) => ({
    items: (await listRoutingRules(db, actorOf(request))).map(presentRoutingRule),
  }));

  routes.post('/case-routing-rules', { schema: { tags, summary: 'Create a routing rule, tried after the existing ones (owner, admin)', body: routingRuleSchema } }, async (request, reply) =>
    reply.status(201).send(presentRoutingRule(await createRoutingRule(db, actorOf(request), request.body))),
  );

  routes.put('/case-routing-rules/:id', { schema: { tags, summary: 'Replace a routing rule (owner, admin)', params, body: routingRuleSchema } }, async (request) =>
    presentRoutingRule(await updateRoutingRuleById(db, actorOf(request), request.params.id, request.body)),
  );

  routes.delete('/case-routing-rules/:id', { schema: { tags, summary: 'Delete a routing rule (owner, admin)', params } }, async (request, reply) => {
    await deleteRoutingRule(db, actorOf(request), request.params.id);
    return reply.status(204).send();
  });

  routes.post('/case-routing-rules/reorder', { schema: { tags, summary: 'Set the order of all routing rules (owner, admin)', body: reorderRoutingRulesSchema } }, async (request) => ({
    items: (await reorderRoutingRules(db, actorOf(request), request.body)).map(presentRoutingRule),
  }));
}
