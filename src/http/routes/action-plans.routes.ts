// Cross-department action plans: analysts and admins write them, everyone reads them with their
// metric before → after.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { planFilterSchema, savePlanSchema } from '../../domain/action-plans/action-plans.schema.ts';
import { deleteActionPlan } from '../../domain/action-plans/delete-action-plan.ts';
import { getActionPlan } from '../../domain/action-plans/get-action-plan.ts';
import { listActionPlans } from '../../domain/action-plans/list-action-plans.ts';
import { createActionPlan, updateActionPlan } from '../../domain/action-plans/save-action-plan.ts';
import { actorOf } from '../authenticate.ts';
import { presentActionPlan } from '../presenters/action-plans.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

export async function actionPlanRoutes(app: FastifyInstance, { db }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.uuid() });
  const tags = ['action plans'];

  routes.get('/action-plans', { schema: { tags, summary: 'Action plans, newest first, each with its metric before → after', querystring: planFilterSchema } }, async (request) => ({
    items: (await listActionPlans(db, actorOf(request), request.query)).map((plan) => presentActionPlan(plan)),
  }));

  routes.post('/action-plans', { schema: { tags, summary: 'Create an action plan from a theme or a breakpoint (owner, admin, analyst)', body: savePlanSchema } }, async (request, reply) => {
    const actor = actorOf(request);
    const plan = await createActionPlan(db, actor, request.body);
    return reply.status(201).send(presentActionPlan(await getActionPlan(db, actor, plan.id), true));
  });

  routes.get('/action-plans/:id', { schema: { tags, summary: 'One action plan with its metric before / after and a weekly series', params } }, async (request) =>
    presentActionPlan(await getActionPlan(db, actorOf(request), request.params.id), true),
  );

  routes.put('/action-plans/:id', { schema: { tags, summary: 'Replace an action plan (owner, admin, analyst)', params, body: savePlanSchema } }, async (request) => {
    const actor = actorOf(request);
    await updateActionPlan(db, actor, request.params.id, request.body);
    return presentActionPlan(await getActionPlan(db, actor, request.params.id), true);
  });

  routes.delete('/action-plans/:id', { schema: { tags, summary: 'Delete an action plan (owner, admin, analyst)', params } }, async (request, reply) => {
    await deleteActionPlan(db, actorOf(request), request.params.id);
    return reply.status(204).send();
  });
}
