// The organisation's channels.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { channelKeySchema, createChannelSchema, updateChannelSchema } from '../../domain/channels/channels.schema.ts';
import { deleteChannel } from '../../domain/channels/delete-channel.ts';
import { listChannels } from '../../domain/channels/list-channels.ts';
import { createChannel, updateChannel } from '../../domain/channels/save-channel.ts';
import { actorOf } from '../authenticate.ts';
import { presentChannel } from '../presenters/settings.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

export async function channelRoutes(app: FastifyInstance, { db }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ key: channelKeySchema });
  const tags = ['channels'];

  routes.get('/channels', { schema: { tags, summary: 'List channels' } }, async (request) => ({
    items: (await listChannels(db, actorOf(request))).map(presentChannel),
  }));

  routes.post('/channels', { schema: { tags, summary: 'Add a channel', body: createChannelSchema } }, async (request, reply) =>
    reply.status(201).send(presentChannel(await createChannel(db, actorOf(request), request.body))),
  );

  routes.patch('/channels/:key', { schema: { tags, summary: 'Rename a channel or change its kind', params, body: updateChannelSchema } }, async (request) =>
    presentChannel(await updateChannel(db, actorOf(request), request.params.key, request.body)),
  );

  routes.delete('/channels/:key', { schema: { tags, summary: 'Delete an unused channel', params } }, async (request, reply) => {
    await deleteChannel(db, actorOf(request), request.params.key);
    return reply.status(204).send();
  });
}
