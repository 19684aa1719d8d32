// Users, teams and API keys of the organisation.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiKeyInputSchema, createApiKey } from '../../domain/auth/create-api-key.ts';
import { listApiKeys } from '../../domain/auth/list-api-keys.ts';
import { revokeApiKey } from '../../domain/auth/revoke-api-key.ts';
import { deleteTeam } from '../../domain/teams/delete-team.ts';
import { listTeams } from '../../domain/teams/list-teams.ts';
import { createTeam, renameTeamById } from '../../domain/teams/save-team.ts';
import { setTeamMembers } from '../../domain/teams/set-team-members.ts';
import { teamInputSchema, teamMembersSchema } from '../../domain/teams/teams.schema.ts';
import { createUser } from '../../domain/users/create-user.ts';
import { listUsers } from '../../domain/users/list-users.ts';
import { updateUser } from '../../domain/users/update-user.ts';
import { createUserSchema, updateUserSchema } from '../../domain/users/users.schema.ts';
import { actorOf } from '../authenticate.ts';
import { presentApiKey, presentTeam, presentUser } from '../presenters/settings.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

export async function peopleRoutes(app: FastifyInstance, { db }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.uuid() });

  routes.get('/users', { schema: { tags: ['users'], summary: 'List users' } }, async (request) => ({
    items: (await listUsers(db, actorOf(request))).map(presentUser),
  }));
  routes.post('/users', { schema: { tags: ['users'], summary: 'Add a user', body: createUserSchema } }, async (request, reply) =>
    reply.status(201).send(presentUser(await createUser(db, actorOf(request), request.body))),
  );
  routes.patch('/users/:id', { schema: { tags: ['users'], summary: 'Change a user', params, body: updateUserSchema } }, async (request) =>
    presentUser(await updateUser(db, actorOf(request), request.params.id, request.body)),
  );

  routes.get('/teams', { schema: { tags: ['teams'], summary: 'List teams with members' } }, async (request) => ({
    items: (await listTeams(db, actorOf(request))).map(presentTeam),
  }));
  routes.post('/teams', { schema: { tags: ['teams'], summary: 'Create a team', body: teamInputSchema } }, async (request, reply) =>
    reply.status(201).send(presentTeam(await createTeam(db, actorOf(request), request.body))),
  );
  routes.patch('/teams/:id', { schema: { tags: ['teams'], summary: 'Rename a team', params, body: teamInputSchema } }, async (request) =>
    presentTeam(await renameTeamById(db, actorOf(request), request.params.id, request.body)),
  );
  routes.delete('/teams/:id', { schema: { tags: ['teams'], summary: 'Delete a team', params } }, async (request, reply) => {
    await deleteTeam(db, actorOf(request), request.params.id);
    return reply.status(204).send();
  });
  routes.put('/teams/:id/members', { schema: { tags: ['teams'], summary: 'Replace the members of a team', params, body: teamMembersSchema } }, async (request) =>
    presentTeam(await setTeamMembers(db, actorOf(request), request.params.id, request.body)),
  );

  routes.get('/api-keys', { schema: { tags: ['api-keys'], summary: 'List API keys (never their secrets)' } }, async (request) => ({
    items: (await listApiKeys(db, actorOf(request))).map(presentApiKey),
  }));
  routes.post('/api-keys', { schema: { tags: ['api-keys'], summary: 'Create an ingestion API key; the key is returned once', body: apiKeyInputSchema } }, async (request, reply) => {
    const created = await createApiKey(db, actorOf(request), request.body);
    return reply.status(201).send({ ...presentApiKey(created), key: created.key });
  });
  routes.delete('/api-keys/:id', { schema: { tags: ['api-keys'], summary: 'Revoke an API key', params } }, async (request) =>
    presentApiKey(await revokeApiKey(db, actorOf(request), request.params.id)),
  );
}
