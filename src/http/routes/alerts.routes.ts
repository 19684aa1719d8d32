// Alert rules (admins build them) and the alert inbox (everyone reads, agents and up act on alerts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { alertActionSchema, alertFilterSchema, saveRuleSchema } from '../../domain/alerts/alerts.schema.ts';
import { deleteAlertRule } from '../../domain/alerts/delete-alert-rule.ts';
import { getAlert } from '../../domain/alerts/get-alert.ts';
import { handleAlert } from '../../domain/alerts/handle-alert.ts';
import { listAlertRules } from '../../domain/alerts/list-alert-rules.ts';
import { listAlerts } from '../../domain/alerts/list-alerts.ts';
import { createAlertRule, updateAlertRule } from '../../domain/alerts/save-alert-rule.ts';
import { getChurnRisk } from '../../domain/churn/get-churn-risk.ts';
import { actorOf } from '../authenticate.ts';
import { presentAlert, presentAlertRule, presentChurnRisk } from '../presenters/alerts.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

export async function alertRoutes(app: FastifyInstance, { db }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.uuid() });
  const tags = ['alerts'];

  routes.get('/alerts', { schema: { tags, summary: 'The alert inbox, newest first (status=active: open and acknowledged)', querystring: alertFilterSchema } }, async (request) => ({
    items: (await listAlerts(db, actorOf(request), request.query)).map(presentAlert),
  }));

  routes.get('/alerts/:id', { schema: { tags, summary: 'One alert', params } }, async (request) => presentAlert(await getAlert(db, actorOf(request), request.params.id)));

  routes.patch('/alerts/:id', { schema: { tags, summary: 'Acknowledge, snooze, resolve or reopen an alert (agents and up)', params, body: alertActionSchema } }, async (request) =>
    presentAlert(await handleAlert(db, actorOf(request), request.params.id, request.body)),
  );

  routes.get('/alert-rules', { schema: { tags, summary: 'List alert rules with their notification routing' } }, async (request) => ({
    items: (await listAlertRules(db, actorOf(request))).map(presentAlertRule),
  }));

  routes.post('/alert-rules', { schema: { tags, summary: 'Create an alert rule (owner, admin)', body: saveRuleSchema } }, async (request, reply) =>
    reply.status(201).send(presentAlertRule(await createAlertRule(db, actorOf(request), request.body))),
  );

  routes.put('/alert-rules/:id', { schema: { tags, summary: 'Replace an alert rule (owner, admin)', params, body: saveRuleSchema } }, async (request) =>
    presentAlertRule(await updateAlertRule(db, actorOf(request), request.params.id, request.body)),
  );

  routes.delete('/alert-rules/:id', { schema: { tags, summary: 'Delete an alert rule and its alerts (owner, admin)', params } }, async (request, reply) => {
    await deleteAlertRule(db, actorOf(request), request.params.id);
    return reply.status(204).send();
  });

  routes.get('/customers/:id/churn-risk', {
    schema: { tags: ['customers', 'alerts'], summary: 'The customer’s churn risk (0–100) with the factors that explain it, computed from the last 90 days', params },
    handler: async (request) => presentChurnRisk(await getChurnRisk(db, actorOf(request), request.params.id)),
  });
}
