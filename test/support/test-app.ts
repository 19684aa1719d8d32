// The real app, in-process, against a private real PostgreSQL database, plus helpers to act as
// different people and organisations.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { pino } from 'pino';
import type pg from 'pg';
import { parseConfig } from '../../src/config.ts';
import { createApiKey } from '../../src/domain/auth/create-api-key.ts';
import { systemActor, type Role } from '../../src/domain/actor.ts';
import { createOrganisation } from '../../src/domain/orgs/create-organisation.ts';
import { createUser } from '../../src/domain/users/create-user.ts';
import { buildApp } from '../../src/http/app.ts';
import { createTestDatabase } from './test-database.ts';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestApp {
  app: FastifyInstance;
  pool: pg.Pool;
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', OPENVOC_DATA_DIR: '/nonexistent', ...env });
  const app = await buildApp({ db: database.pool, config, log: pino({ level: 'silent' }), dbKind: 'embedded' });
  return {
    app,
    pool: database.pool,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export interface TestOrg {
  orgId: string;
  ownerEmail: string;
  /** Signs in a new user with the role (or the owner) and returns a client carrying their cookie. */
  as(role: Role | 'owner'): Promise<Client>;
  apiKey(): Promise<string>;
}

export async function createTestOrg(testApp: TestApp, name = `Org ${unique()}`): Promise<TestOrg> {
  const ownerEmail = `owner-${unique()}@example.com`;
  const { org } = await createOrganisation(testApp.pool, { name, owner: { email: ownerEmail, name: 'Owner', password: TEST_PASSWORD } });
  const clients = new Map<string, Client>();
  return {
    orgId: org.id,
    ownerEmail,
    as: async (role) => {
      const cached = clients.get(role);
      if (cached) return cached;
      let email = ownerEmail;
      if (role !== 'owner') {
        email = `${role}-${unique()}@example.com`;
        await createUser(testApp.pool, systemActor(org.id), { email, name: `A ${role}`, password: TEST_PASSWORD, role });
      }
      const client = await signIn(testApp.app, email, TEST_PASSWORD);
      clients.set(role, client);
      return client;
    },
    apiKey: async () => (await createApiKey(testApp.pool, systemActor(org.id), { name: `key ${unique()}` })).key,
  };
}

export interface Client {
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

/** A client that sends the given headers on every request (a cookie, or an API key). */
export function clientWith(app: FastifyInstance, headers: Record<string, string>): Client {
  const request = (options: InjectOptions) => app.inject({ ...options, headers: { ...headers, ...(options.headers ?? {}) } });
  const withBody = (method: 'POST' | 'PATCH' | 'PUT') => (url: string, payload?: unknown) =>
    request({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });
  return {
    request,
    get: (url) => request({ method: 'GET', url }),
    post: withBody('POST'),
    patch: withBody('PATCH'),
    put: withBody('PUT'),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

export async function signIn(app: FastifyInstance, email: string, password: string): Promise<Client> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'openvoc_session');
  return clientWith(app, { cookie: `openvoc_session=${cookie!.value}`, 'x-openvoc-csrf': '1' });
}

export function apiKeyClient(app: FastifyInstance, key: string): Client {
  return clientWith(app, { authorization: `Bearer ${key}` });
}
