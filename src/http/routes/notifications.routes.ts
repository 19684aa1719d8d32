// Notification channels (owner, admin): signed webhooks, e-mail, WeCom, DingTalk, Feishu, Slack; a
// test send and the delivery log of each.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deleteNotificationChannel } from '../../domain/notifications/delete-notification-channel.ts';
import { listNotificationChannels } from '../../domain/notifications/list-notification-channels.ts';
import { listNotificationDeliveries } from '../../domain/notifications/list-notification-deliveries.ts';
import { deliveryFilterSchema, saveChannelSchema } from '../../domain/notifications/notifications.schema.ts';
import { createNotificationChannel, updateNotificationChannel } from '../../domain/notifications/save-notification-channel.ts';
import { sendTestNotification } from '../../domain/notifications/send-test-notification.ts';
import { actorOf } from '../authenticate.ts';
import { presentDelivery, presentNotificationChannel } from '../presenters/alerts.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

export async function notificationRoutes(app: FastifyInstance, { db }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.uuid() });
  const tags = ['notifications'];

  routes.get('/notification-channels', { schema: { tags, summary: 'List notification channels (owner, admin)' } }, async (request) => ({
    items: (await listNotificationChannels(db, actorOf(request))).map(presentNotificationChannel),
  }));

  routes.post('/notification-channels', {
    schema: { tags, summary: 'Add a notification channel; a signed webhook’s generated secret is returned once', body: saveChannelSchema },
    handler: async (request, reply) => {
      const { channel, secret } = await createNotificationChannel(db, actorOf(request), request.body);
      return reply.status(201).send({ ...presentNotificationChannel(channel), ...(secret ? { secret } : {}) });
    },
  });

  routes.put('/notification-channels/:id', { schema: { tags, summary: 'Replace a notification channel (the secret is kept unless given)', params, body: saveChannelSchema } }, async (request) =>
    presentNotificationChannel(await updateNotificationChannel(db, actorOf(request), request.params.id, request.body)),
  );

  routes.delete('/notification-channels/:id', { schema: { tags, summary: 'Delete a notification channel', params } }, async (request, reply) => {
    await deleteNotificationChannel(db, actorOf(request), request.params.id);
    return reply.status(204).send();
  });

  routes.post('/notification-channels/:id/test', { schema: { tags, summary: 'Send a test notification through the channel', params } }, async (request, reply) => {
    const { deliveryId } = await sendTestNotification(db, actorOf(request), request.params.id);
    return reply.status(202).send({ delivery_id: deliveryId });
  });

  routes.get('/notification-channels/:id/deliveries', { schema: { tags, summary: 'The channel’s delivery log, newest first', params, querystring: deliveryFilterSchema } }, async (request) => ({
    items: (await listNotificationDeliveries(db, actorOf(request), request.params.id, request.query)).map(presentDelivery),
  }));
}
