// Closing the loop: replies to the customer on their channel, reply templates (owners and admins write
// them, everyone who works cases uses them) and replies suggested from similar resolved cases.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendReplySchema, templateSchema } from '../../domain/cases/replies/case-replies.schema.ts';
import { deleteReplyTemplate } from '../../domain/cases/replies/delete-reply-template.ts';
import { listReplyTemplates } from '../../domain/cases/replies/list-reply-templates.ts';
import { markReplySent } from '../../domain/cases/replies/mark-reply-sent.ts';
import { createReplyTemplate, updateReplyTemplate } from '../../domain/cases/replies/save-reply-template.ts';
import { sendCaseReply } from '../../domain/cases/replies/send-case-reply.ts';
import { suggestReplies } from '../../domain/cases/replies/suggest-replies.ts';
import { actorOf } from '../authenticate.ts';
import { presentReply, presentReplyTemplate, presentSuggestedReply } from '../presenters/case-replies.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

export async function caseReplyRoutes(app: FastifyInstance, { db }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.uuid() });
  const replyParams = z.object({ id: z.uuid(), reply_id: z.uuid() });
  const tags = ['cases'];

  routes.post(
    '/cases/:id/replies',
    { schema: { tags, summary: 'Reply to the case’s customer by e-mail or SMS (sent by a job), or prepare a WeChat message for the agent to send', params, body: sendReplySchema } },
    async (request, reply) => reply.status(201).send(presentReply(await sendCaseReply(db, actorOf(request), request.params.id, request.body))),
  );

  routes.post(
    '/cases/:id/replies/:reply_id/sent',
    { schema: { tags, summary: 'Confirm that a prepared WeChat message was sent to the customer', params: replyParams } },
    async (request) => presentReply(await markReplySent(db, actorOf(request), request.params.id, request.params.reply_id)),
  );

  routes.get(
    '/cases/:id/suggested-replies',
    { schema: { tags, summary: 'Replies of the most similar resolved cases (TF-IDF over the feedback’s terms), with the shared terms that explain each', params } },
    async (request) => ({ items: (await suggestReplies(db, actorOf(request), request.params.id)).map(presentSuggestedReply) }),
  );

  routes.get('/reply-templates', { schema: { tags, summary: 'List reply templates (everyone who works cases)' } }, async (request) => ({
    items: (await listReplyTemplates(db, actorOf(request))).map(presentReplyTemplate),
  }));

  routes.post('/reply-templates', { schema: { tags, summary: 'Create a reply template (owner, admin)', body: templateSchema } }, async (request, reply) =>
    reply.status(201).send(presentReplyTemplate(await createReplyTemplate(db, actorOf(request), request.body))),
  );

  routes.put('/reply-templates/:id', { schema: { tags, summary: 'Replace a reply template (owner, admin)', params, body: templateSchema } }, async (request) =>
    presentReplyTemplate(await updateReplyTemplate(db, actorOf(request), request.params.id, request.body)),
  );

  routes.delete('/reply-templates/:id', { schema: { tags, summary: 'Delete a reply template (owner, admin)', params } }, async (request, reply) => {
    await deleteReplyTemplate(db, actorOf(request), request.params.id);
    return reply.status(204).send();
  });
}
