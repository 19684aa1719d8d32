// Two guarantees every route must keep: (a) nothing crosses from one organisation to another, whatever
// id is sent; (b) each role, an API key and an anonymous caller get exactly the access they should.
import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/domain/actor.ts';
import { everyRoute } from './support/every-route.ts';
import { apiKeyClient, clientWith, createTestOrg, startTestApp, TEST_PASSWORD, type Client, type TestApp } from './support/test-app.ts';
import { expectError } from './support/expect-error.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
});
afterAll(() => testApp.close());

let counter = 0;
const unique = (label: string) => `${label}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

async function created(response: { statusCode: number; json(): any; body: string }) {
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('tenancy isolation', () => {
  // Organisation B owns everything below; organisation A's owner then tries every route with B's ids.
  const b = {} as {
    owner: Client;
    journeyId: string;
    stageId: string;
    touchpointId: string;
    teamId: string;
    userId: string;
    userEmail: string;
    ownerId: string;
    apiKeyId: string;
    apiKey: string;
    feedbackId: string;
  };
  const a = {} as { owner: Client; ingest: Client; teamId: string; stageId: string; touchpointId: string };
  let before: Awaited<ReturnType<typeof snapshotOfB>>;

  beforeAll(async () => {
    const orgB = await createTestOrg(testApp, 'Org B');
    b.owner = await orgB.as('owner');
    b.ownerId = (await b.owner.get('/api/v1/auth/me')).json().user.id;
    b.journeyId = (await created(await b.owner.post('/api/v1/journeys', { name_en: 'B journey' }))).id;
    b.stageId = (await created(await b.owner.post(`/api/v1/journeys/${b.journeyId}/stages`, { name_en: 'B stage' }))).id;
    await created(await b.owner.post('/api/v1/channels', { key: 'b_only', name_en: 'B only', kind: 'digital' }));
    b.touchpointId = (await created(await b.owner.post(`/api/v1/stages/${b.stageId}/touchpoints`, { name_en: 'B touchpoint', channel: 'b_only', metrics: ['nps'] }))).id;
    b.teamId = (await created(await b.owner.post('/api/v1/teams', { name: 'B team' }))).id;
    b.userEmail = `${unique('b-user')}@example.com`;
    b.userId = (await created(await b.owner.post('/api/v1/users', { email: b.userEmail, name: 'B user', password: TEST_PASSWORD, role: 'agent' }))).id;
    expect((await b.owner.put(`/api/v1/teams/${b.teamId}/members`, { user_ids: [b.userId] })).statusCode).toBe(200);
    const key = await created(await b.owner.post('/api/v1/api-keys', { name: 'B key' }));
    b.apiKeyId = key.id;
    b.apiKey = key.key;
    b.feedbackId = (await created(await apiKeyClient(testApp.app, b.apiKey).post('/api/v1/feedback', {
      source: 'survey',
      channel: 'b_only',
      touchpoint_id: b.touchpointId,
      external_id: 'b-1',
      nps: 10,
    }))).id;

    const orgA = await createTestOrg(testApp, 'Org A');
    a.owner = await orgA.as('owner');
    a.ingest = apiKeyClient(testApp.app, await orgA.apiKey());
    a.teamId = (await created(await a.owner.post('/api/v1/teams', { name: 'A team' }))).id;
    const journey = await created(await a.owner.post('/api/v1/journeys', { name_en: 'A journey' }));
    a.stageId = (await created(await a.owner.post(`/api/v1/journeys/${journey.id}/stages`, { name_en: 'A stage' }))).id;
    a.touchpointId = (await created(await a.owner.post(`/api/v1/stages/${a.stageId}/touchpoints`, { name_en: 'A touchpoint', channel: 'app' }))).id;
    before = await snapshotOfB();
  });

  /** Everything B owns, read as B (minus last_used_at, which B's own key use may move). */
  async function snapshotOfB() {
    const read = async (url: string) => {
      const response = await b.owner.get(url);
      expect(response.statusCode, url).toBe(200);
      return response.json();
    };
    const apiKeys = (await read('/api/v1/api-keys')).items.map(({ last_used_at: _ignored, ...rest }: Record<string, unknown>) => rest);
    return {
      journey: await read(`/api/v1/journeys/${b.journeyId}`),
      journeys: await read('/api/v1/journeys'),
      channels: await read('/api/v1/channels'),
      users: await read('/api/v1/users'),
      teams: await read('/api/v1/teams'),
      apiKeys,
      feedback: await read(`/api/v1/feedback/${b.feedbackId}`),
      feedbackList: await read('/api/v1/feedback'),
    };
  }

  type Attempt = [string, () => InjectOptions, number, string, string?];
  const attempts: Attempt[] = [
    ['GET /journeys/:id', () => ({ method: 'GET', url: `/api/v1/journeys/${b.journeyId}` }), 404, 'not_found'],
    ['PATCH /journeys/:id', () => ({ method: 'PATCH', url: `/api/v1/journeys/${b.journeyId}`, payload: { name_en: 'taken over' } }), 404, 'not_found'],
    ['DELETE /journeys/:id', () => ({ method: 'DELETE', url: `/api/v1/journeys/${b.journeyId}` }), 404, 'not_found'],
    ['POST /journeys/:id/stages', () => ({ method: 'POST', url: `/api/v1/journeys/${b.journeyId}/stages`, payload: { name_en: 'intruder', position: 0 } }), 404, 'not_found'],
    ['PATCH /stages/:id', () => ({ method: 'PATCH', url: `/api/v1/stages/${b.stageId}`, payload: { name_en: 'taken over', position: 3 } }), 404, 'not_found'],
    ['DELETE /stages/:id', () => ({ method: 'DELETE', url: `/api/v1/stages/${b.stageId}` }), 404, 'not_found'],
    ['POST /stages/:id/touchpoints', () => ({ method: 'POST', url: `/api/v1/stages/${b.stageId}/touchpoints`, payload: { name_en: 'intruder', channel: 'app' } }), 404, 'not_found'],
    ['PATCH /touchpoints/:id', () => ({ method: 'PATCH', url: `/api/v1/touchpoints/${b.touchpointId}`, payload: { name_en: 'taken over', channel: 'app' } }), 404, 'not_found'],
    ['DELETE /touchpoints/:id', () => ({ method: 'DELETE', url: `/api/v1/touchpoints/${b.touchpointId}` }), 404, 'not_found'],
    ['PATCH /channels/b_only', () => ({ method: 'PATCH', url: '/api/v1/channels/b_only', payload: { name_en: 'taken over', kind: 'social' } }), 404, 'not_found'],
    ['DELETE /channels/b_only', () => ({ method: 'DELETE', url: '/api/v1/channels/b_only' }), 404, 'not_found'],
    ['PATCH /users/:id (rename)', () => ({ method: 'PATCH', url: `/api/v1/users/${b.userId}`, payload: { name: 'taken over', role: 'admin' } }), 404, 'not_found'],
    ['PATCH /users/:id (disable)', () => ({ method: 'PATCH', url: `/api/v1/users/${b.userId}`, payload: { disabled: true } }), 404, 'not_found'],
    ['PATCH /users/:id (password)', () => ({ method: 'PATCH', url: `/api/v1/users/${b.userId}`, payload: { password: 'stolen password' } }), 404, 'not_found'],
    ['PATCH /users/:id (B’s owner)', () => ({ method: 'PATCH', url: `/api/v1/users/${b.ownerId}`, payload: { role: 'viewer' } }), 404, 'not_found'],
    ['PATCH /teams/:id', () => ({ method: 'PATCH', url: `/api/v1/teams/${b.teamId}`, payload: { name: 'taken over' } }), 404, 'not_found'],
    ['DELETE /teams/:id', () => ({ method: 'DELETE', url: `/api/v1/teams/${b.teamId}` }), 404, 'not_found'],
    ['PUT /teams/:id/members (B’s team)', () => ({ method: 'PUT', url: `/api/v1/teams/${b.teamId}/members`, payload: { user_ids: [] } }), 404, 'not_found'],
    ['PUT /teams/:id/members (A’s team, B’s user)', () => ({ method: 'PUT', url: `/api/v1/teams/${a.teamId}/members`, payload: { user_ids: [b.userId] } }), 400, 'validation_failed', 'user_ids'],
    ['DELETE /api-keys/:id', () => ({ method: 'DELETE', url: `/api/v1/api-keys/${b.apiKeyId}` }), 404, 'not_found'],
    ['GET /feedback/:id', () => ({ method: 'GET', url: `/api/v1/feedback/${b.feedbackId}` }), 404, 'not_found'],
    ['POST /feedback with B’s touchpoint', () => ({ method: 'POST', url: '/api/v1/feedback', payload: { source: 'api', channel: 'app', touchpoint_id: b.touchpointId, nps: 5 } }), 400, 'validation_failed', 'touchpoint_id'],
    ['POST /feedback with B’s channel', () => ({ method: 'POST', url: '/api/v1/feedback', payload: { source: 'api', channel: 'b_only', nps: 5 } }), 400, 'validation_failed', 'channel'],
    ['POST /feedback/batch with B’s touchpoint', () => ({ method: 'POST', url: '/api/v1/feedback/batch', payload: { items: [{ source: 'api', channel: 'app', touchpoint_id: b.touchpointId, csat: 3 }] } }), 400, 'validation_failed', 'items[0].touchpoint_id'],
    ['POST /stages/:id/touchpoints with B’s channel', () => ({ method: 'POST', url: `/api/v1/stages/${a.stageId}/touchpoints`, payload: { name_en: 'x', channel: 'b_only' } }), 400, 'channel_unknown', 'channel'],
    ['PATCH /touchpoints/:id to B’s channel', () => ({ method: 'PATCH', url: `/api/v1/touchpoints/${a.touchpointId}`, payload: { channel: 'b_only' } }), 400, 'channel_unknown', 'channel'],
  ];

  it.each(attempts)('A’s owner: %s with B’s ids → %i, and B is untouched', async (_route, options, status, code, path) => {
    expectError(await a.owner.request(options()), status, code, path);
    expect(await snapshotOfB()).toEqual(before);
  });

  it.each([
    ['touchpoint', () => ({ source: 'api', channel: 'app', touchpoint_id: b.touchpointId, nps: 5 }), 'touchpoint_id'],
    ['channel', () => ({ source: 'api', channel: 'b_only', nps: 5 }), 'channel'],
  ])('A’s API key cannot ingest with B’s %s: 400 validation_failed', async (_case, body, path) => {
    expectError(await a.ingest.post('/api/v1/feedback', body()), 400, 'validation_failed', path);
    expect(await snapshotOfB()).toEqual(before);
  });

  it.each([
    ['/api/v1/journeys', () => [b.journeyId, 'B journey']],
    ['/api/v1/channels', () => ['b_only', 'B only']],
    ['/api/v1/users', () => [b.userId, b.userEmail, b.ownerId]],
    ['/api/v1/teams', () => [b.teamId, 'B team']],
    ['/api/v1/api-keys', () => [b.apiKeyId, 'B key']],
    ['/api/v1/feedback', () => [b.feedbackId, b.touchpointId, 'b_only']],
    [`/api/v1/feedback?touchpoint_id=`, () => [b.feedbackId]],
  ])('GET %s as A lists none of B’s objects', async (url, markers) => {
    const fullUrl = url.endsWith('=') ? `${url}${b.touchpointId}` : url;
    const response = await a.owner.get(fullUrl);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Array.isArray(body.items)).toBe(true);
    if (!url.includes('feedback')) expect(body.items.length).toBeGreaterThan(0);
    for (const marker of markers()) expect(response.body).not.toContain(marker);
  });

  it('idempotency keys are per organisation: A re-using B’s external_id creates A’s own item', async () => {
    const inA = await a.ingest.post('/api/v1/feedback', { source: 'survey', channel: 'app', external_id: 'b-1', nps: 1 });
    expect(inA.statusCode).toBe(201);
    expect(inA.json()).toMatchObject({ created: true, channel: 'app', nps: 1, external_id: 'b-1' });
    expect(inA.json().id).not.toBe(b.feedbackId);
    const againInB = await apiKeyClient(testApp.app, b.apiKey).post('/api/v1/feedback', { source: 'survey', channel: 'b_only', external_id: 'b-1', nps: 10 });
    expect(againInB.statusCode).toBe(200);
    expect(againInB.json()).toMatchObject({ id: b.feedbackId, created: false, touchpoint_id: b.touchpointId });
    expect(await snapshotOfB()).toEqual(before);
  });

  it('the same channel key can exist in both organisations independently', async () => {
    const orgC = await createTestOrg(testApp);
    const owner = await orgC.as('owner');
    expect((await owner.post('/api/v1/channels', { key: 'b_only', name_en: 'C’s own', kind: 'physical' })).statusCode).toBe(201);
    expect((await owner.delete('/api/v1/channels/b_only')).statusCode).toBe(204);
    expect(await snapshotOfB()).toEqual(before);
  });
});

const roles: Array<Role> = ['owner', 'admin', 'analyst', 'agent', 'viewer'];
const settingsRoles = new Set<Role>(['owner', 'admin']);

describe('roles', () => {
  const clients = new Map<Role, Client>();
  let owner: Client;
  let orgApiKey: string;

  beforeAll(async () => {
    const org = await createTestOrg(testApp);
    for (const role of roles) clients.set(role, await org.as(role));
    owner = clients.get('owner')!;
    orgApiKey = await org.apiKey();
  });

  const readUrls = ['/api/v1/journeys', '/api/v1/channels', '/api/v1/feedback', '/api/v1/users', '/api/v1/teams'];
  it.each(roles.flatMap((role) => readUrls.map((url) => [role, url] as const)))('%s may read GET %s', async (role, url) => {
    const response = await clients.get(role)!.get(url);
    expect(response.statusCode).toBe(200);
    expect(Array.isArray(response.json().items)).toBe(true);
  });

  interface Write {
    request: (marker: string) => InjectOptions;
    /** Where the owner can look for what the request would have made; absent for reads. */
    listUrl?: string;
    success: number;
  }
  const writes: Record<string, Write> = {
    'POST /journeys': { request: (marker) => ({ method: 'POST', url: '/api/v1/journeys', payload: { name_en: marker } }), listUrl: '/api/v1/journeys', success: 201 },
    'POST /channels': {
      request: (marker) => ({ method: 'POST', url: '/api/v1/channels', payload: { key: marker.replace(/[^a-z0-9]/g, '_'), name_en: marker, kind: 'digital' } }),
      listUrl: '/api/v1/channels',
      success: 201,
    },
    'POST /teams': { request: (marker) => ({ method: 'POST', url: '/api/v1/teams', payload: { name: marker } }), listUrl: '/api/v1/teams', success: 201 },
    'POST /users': {
      request: (marker) => ({ method: 'POST', url: '/api/v1/users', payload: { email: `${marker}@example.com`, name: marker, password: TEST_PASSWORD, role: 'viewer' } }),
      listUrl: '/api/v1/users',
      success: 201,
    },
    'POST /api-keys': { request: (marker) => ({ method: 'POST', url: '/api/v1/api-keys', payload: { name: marker } }), listUrl: '/api/v1/api-keys', success: 201 },
    'GET /api-keys': { request: () => ({ method: 'GET', url: '/api/v1/api-keys' }), success: 200 },
    'POST /feedback': {
      request: (marker) => ({ method: 'POST', url: '/api/v1/feedback', payload: { source: 'api', channel: 'app', nps: 7, external_id: marker } }),
      listUrl: '/api/v1/feedback',
      success: 201,
    },
  };

  it.each(roles.flatMap((role) => Object.keys(writes).map((name) => [role, name, settingsRoles.has(role)] as const)))(
    '%s: %s → allowed %s',
    async (role, name, allowed) => {
      const write = writes[name]!;
      const marker = unique(`m${role}`).toLowerCase();
      const response = await clients.get(role)!.request(write.request(marker));
      if (allowed) {
        expect(response.statusCode, response.body).toBe(write.success);
      } else {
        expectError(response, 403, 'forbidden');
      }
      if (write.listUrl) {
        const list = await owner.get(write.listUrl);
        expect(list.statusCode).toBe(200);
        expect(list.body.includes(marker)).toBe(allowed);
      }
    },
  );

  it.each([
    ['POST', '/api/v1/feedback', 201, undefined],
    ['GET', '/api/v1/channels', 200, undefined],
    ['GET', '/api/v1/journeys', 200, undefined],
    ['GET', '/api/v1/feedback', 403, 'forbidden'],
    ['GET', `/api/v1/feedback/${randomUUID()}`, 403, 'forbidden'],
    ['POST', '/api/v1/journeys', 403, 'forbidden'],
    ['POST', '/api/v1/channels', 403, 'forbidden'],
    ['DELETE', '/api/v1/channels/app', 403, 'forbidden'],
    ['GET', '/api/v1/users', 403, 'forbidden'],
    ['GET', '/api/v1/teams', 403, 'forbidden'],
    ['GET', '/api/v1/api-keys', 403, 'forbidden'],
    ['POST', '/api/v1/api-keys', 403, 'forbidden'],
    ['GET', '/api/v1/auth/me', 401, 'unauthenticated'],
  ])('an API key: %s %s → %i', async (method, url, status, code) => {
    const payloads: Record<string, unknown> = {
      '/api/v1/feedback': { source: 'api', channel: 'app', text: 'The app keeps logging me out', nps: 4 },
      '/api/v1/journeys': { name_en: 'By key' },
      '/api/v1/channels': { key: 'by_key', name_en: 'By key', kind: 'digital' },
      '/api/v1/api-keys': { name: 'By key' },
    };
    const payload = method === 'POST' ? payloads[url] : undefined;
    const response = await apiKeyClient(testApp.app, orgApiKey).request({ method: method as 'GET', url, ...(payload ? { payload: payload as object } : {}) });
    if (code) expectError(response, status, code);
    else expect(response.statusCode, response.body).toBe(status);
    if (method === 'POST' && url === '/api/v1/journeys') expect((await owner.get('/api/v1/journeys')).body).not.toContain('By key');
    if (method === 'DELETE') expect((await owner.get('/api/v1/channels')).body).toContain('"key":"app"');
  });
});

// Signing in needs no credentials, and signing out without a session is a harmless no-op.
// Inbound webhooks authenticate each delivery by its signature instead (test/webhooks.test.ts).
const openRoutes = new Set(['POST /api/v1/auth/login', 'POST /api/v1/auth/logout', 'POST /api/v1/webhooks/inbound/{key}']);
const concrete = (path: string) => path.replace('{id}', randomUUID()).replace('{key}', 'website').replace('{theme}', 'waiting_time').replace('{reply_id}', randomUUID());

describe('anonymous callers', () => {
  it('the route table (test/support/every-route.ts) covers every /api/v1 route of the OpenAPI document', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const documented = Object.entries(response.json().paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, methods]) => Object.keys(methods).filter((method) => method !== 'head').map((method) => `${method.toUpperCase()} ${path}`));
    expect(documented.sort()).toEqual([...everyRoute.map(([method, path]) => `${method} ${path}`), 'POST /api/v1/auth/login'].sort());
  });

  it.each(everyRoute.filter(([method, path]) => !openRoutes.has(`${method} ${path}`)))(
    'without credentials, %s %s → 401 unauthenticated',
    async (method, path) => {
      const response = await testApp.app.inject({ method: method as 'GET', url: concrete(path) });
      expectError(response, 401, 'unauthenticated');
    },
  );

  it.each([
    ['an unknown session cookie', { cookie: 'openvoc_session=not-a-session', 'x-openvoc-csrf': '1' }],
    ['an empty session cookie', { cookie: 'openvoc_session=' }],
  ])('with %s, the API answers 401 unauthenticated', async (_case, headers) => {
    const client = clientWith(testApp.app, headers);
    expectError(await client.get('/api/v1/journeys'), 401, 'unauthenticated');
    expectError(await client.post('/api/v1/teams', { name: 'Nobody’s' }), 401, 'unauthenticated');
  });

  it('signing out without a session is a harmless 204', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: '/api/v1/auth/logout' });
    expect(response.statusCode).toBe(204);
  });
});

describe('CSRF protection of cookie sessions', () => {
  let cookieOnly: Client;
  let owner: Client;
  let teamId: string;

  beforeAll(async () => {
    const org = await createTestOrg(testApp);
    owner = await org.as('owner');
    teamId = (await created(await owner.post('/api/v1/teams', { name: 'Existing' }))).id;
    const login = await testApp.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: org.ownerEmail, password: TEST_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'openvoc_session')!;
    cookieOnly = clientWith(testApp.app, { cookie: `openvoc_session=${cookie.value}` });
  });

  it('reads need no CSRF header', async () => {
    expect((await cookieOnly.get('/api/v1/channels')).statusCode).toBe(200);
    expect((await cookieOnly.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it.each([
    ['POST', '/api/v1/teams', () => ({ name: 'Forged' })],
    ['PATCH', '/api/v1/channels/website', () => ({ name_en: 'Forged' })],
    ['DELETE', '/api/v1/channels/alipay', () => undefined],
    ['PUT', '/api/v1/teams/{team}/members', () => ({ user_ids: [] })],
    ['POST', '/api/v1/feedback', () => ({ source: 'api', channel: 'app', nps: 0 })],
    ['POST', '/api/v1/api-keys', () => ({ name: 'Forged' })],
    ['POST', '/api/v1/auth/logout', () => undefined],
  ])('a cookie-authenticated %s %s without x-openvoc-csrf → 403 csrf_check_failed, nothing changes', async (method, url, payload) => {
    const before = await Promise.all(['/api/v1/teams', '/api/v1/channels', '/api/v1/feedback', '/api/v1/api-keys'].map(async (u) => (await owner.get(u)).body));
    const body = payload();
    const response = await cookieOnly.request({ method: method as 'POST', url: url.replace('{team}', teamId), ...(body ? { payload: body } : {}) });
    expectError(response, 403, 'csrf_check_failed');
    const after = await Promise.all(['/api/v1/teams', '/api/v1/channels', '/api/v1/feedback', '/api/v1/api-keys'].map(async (u) => (await owner.get(u)).body));
    expect(after).toEqual(before);
    // The session itself survives (a forged logout must not end it).
    expect((await cookieOnly.get('/api/v1/auth/me')).statusCode).toBe(200);
  });
});
