// Shared set-up of the case core tests: people with roles, teams, feedback ingested for customers, cases.
import { expect } from 'vitest';
import { systemActor, type Role } from '../../src/domain/actor.ts';
import { createUser } from '../../src/domain/users/create-user.ts';
import { signIn, TEST_PASSWORD, type Client, type TestApp, type TestOrg } from './test-app.ts';
export { expectError } from './expect-error.ts';

let counter = 0;

export interface Person {
  id: string;
  name: string;
  client: Client;
}

/** A new signed-in user; `as(role)` of the test org caches one per role, tests of teams need several agents. */
export async function addPerson(testApp: TestApp, org: TestOrg, role: Role, name: string): Promise<Person> {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now().toString(36)}${(counter++).toString(36)}@example.com`;
  const user = await createUser(testApp.pool, systemActor(org.orgId), { email, name, password: TEST_PASSWORD, role });
  return { id: user.id, name, client: await signIn(testApp.app, email, TEST_PASSWORD) };
}

export async function createTeam(owner: Client, name: string, memberIds: string[] = []): Promise<string> {
  const created = await owner.post('/api/v1/teams', { name });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  if (memberIds.length) expect((await owner.put(`/api/v1/teams/${id}/members`, { user_ids: memberIds })).statusCode).toBe(200);
  return id;
}

/** Ingests items (with an API key client) and returns their ids in order. */
export async function ingest(client: Client, items: object[]): Promise<string[]> {
  const response = await client.post('/api/v1/feedback/batch', { items: items.map((item) => ({ source: 'api', channel: 'app', ...item })) });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as Array<{ id: string }>).map((item) => item.id);
}

export async function openCase(client: Client, body: object): Promise<Record<string, any>> {
  const response = await client.post('/api/v1/cases', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

