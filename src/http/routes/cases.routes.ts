// Cases: the queue, opening from feedback, the case page, assignment and transfers, status, notes and
// linking more feedback. Replies and suggested replies live in their own route file.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addCaseNote } from '../../domain/cases/add-case-note.ts';
import { assignCase } from '../../domain/cases/assign-case.ts';
import {
  assignCaseSchema,
  caseFilterSchema,
  caseNoteSchema,
  changeCaseStatusSchema,
  linkCaseFeedbackSchema,
  openCaseSchema,
  updateCaseSchema,
} from '../../domain/cases/cases.schema.ts';
import { changeCaseStatus } from '../../domain/cases/change-case-status.ts';
import { getCaseDetail } from '../../domain/cases/get-case-detail.ts';
import { linkCaseFeedback } from '../../domain/cases/link-case-feedback.ts';
import { listCases } from '../../domain/cases/list-cases.ts';
import { openCase } from '../../domain/cases/open-case.ts';
import { updateCase } from '../../domain/cases/update-case.ts';
import { actorOf } from '../authenticate.ts';
import { presentCase, presentCaseDetail, presentCaseEvent } from '../presenters/cases.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

export async function caseRoutes(app: FastifyInstance, { db }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.uuid() });
  const tags = ['cases'];

  routes.get('/cases', {
    schema: { tags, summary: 'The case queue (queue=mine|team|all; status=open for everything not yet resolved), newest first, with cursor pagination', querystring: caseFilterSchema },
    handler: async (request) => {
      const page = await listCases(db, actorOf(request), request.query);
      return { items: page.items.map(presentCase), next_cursor: page.nextCursor };
    },
  });

  routes.post('/cases', {
    schema: { tags, summary: 'Open a case from feedback items of one customer (routed by the routing rules unless a team or assignee is given)', body: openCaseSchema },
    handler: async (request, reply) => reply.status(201).send(presentCase(await openCase(db, actorOf(request), request.body))),
  });

  routes.get('/cases/:id', {
    schema: { tags, summary: 'One case with its feedback, timeline and replies', params },
    handler: async (request) => presentCaseDetail(await getCaseDetail(db, actorOf(request), request.params.id)),
  });

  routes.patch('/cases/:id', {
    schema: { tags, summary: 'Change the title or priority of a case', params, body: updateCaseSchema },
    handler: async (request) => presentCase(await updateCase(db, actorOf(request), request.params.id, request.body)),
  });

  routes.post('/cases/:id/assign', {
    schema: { tags, summary: 'Assign or transfer a case to a team and/or person (a change of owner counts as a transfer)', params, body: assignCaseSchema },
    handler: async (request) => presentCase(await assignCase(db, actorOf(request), request.params.id, request.body)),
  });

  routes.post('/cases/:id/status', {
    schema: { tags, summary: 'Move a case along its status flow (resolving needs root_cause and resolution_code)', params, body: changeCaseStatusSchema },
    handler: async (request) => presentCase(await changeCaseStatus(db, actorOf(request), request.params.id, request.body)),
  });

  routes.post('/cases/:id/notes', {
    schema: { tags, summary: 'Add an internal note to the case timeline', params, body: caseNoteSchema },
    handler: async (request, reply) => reply.status(201).send(presentCaseEvent(await addCaseNote(db, actorOf(request), request.params.id, request.body))),
  });

  routes.post('/cases/:id/feedback', {
    schema: { tags, summary: 'Link more feedback of the same customer to a case', params, body: linkCaseFeedbackSchema },
    handler: async (request) => presentCase(await linkCaseFeedback(db, actorOf(request), request.params.id, request.body)),
  });
}
