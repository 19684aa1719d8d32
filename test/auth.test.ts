import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyClient, clientWith, createTestOrg, startTestApp, TEST_PASSWORD, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '50' });
});
afterAll(() => testApp.close());

const login = (email: string, password: string) => testApp.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

describe('password login', () => {
  it('sets an http-only session cookie and /auth/me returns the user and organisation', async () => {
    const org = await createTestOrg(testApp, 'Login Org');
    const response = await login(org.ownerEmail.toUpperCase(), TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ user: { email: org.ownerEmail, role: 'owner' }, org: { id: org.orgId, name: 'Login Org' } });
    const cookie = response.cookies.find((c) => c.name === 'openvoc_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = await clientWith(testApp.app, { cookie: `openvoc_session=${cookie.value}` }).get('/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(org.ownerEmail);
  });

  it.each([
    ['a wrong password', (email: string) => [email, 'wrong password']],
    ['an unknown e-mail', () => ['nobody@example.com', TEST_PASSWORD]],
  ])('answers %s with the same 401 invalid_credentials', async (_case, credentials) => {
    const org = await createTestOrg(testApp);
    const [email, password] = credentials(org.ownerEmail) as [string, string];
    const response = await login(email, password);
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('invalid_credentials');
    expect(response.cookies).toHaveLength(0);
  });

  it('rejects a malformed login body with 400 validation_failed', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'x@example.com' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', details: [{ path: 'password' }] });
  });

  it('rejects a hostile login body (an e-mail object whose length cannot be compared) with 400, not 500', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: { length: { toString: '0' } }, password: 'x' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });

  it('logout ends the session on the server', async () => {
    const org = await createTestOrg(testApp);
    const owner = await org.as('owner');
    expect((await owner.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await owner.post('/api/v1/auth/logout')).statusCode).toBe(204);
    const after = await owner.get('/api/v1/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });

  it('refuses cookie-authenticated writes without the CSRF header', async () => {
    const org = await createTestOrg(testApp);
    const response = await login(org.ownerEmail, TEST_PASSWORD);
    const cookie = response.cookies.find((c) => c.name === 'openvoc_session')!.value;
    const withoutHeader = await clientWith(testApp.app, { cookie: `openvoc_session=${cookie}` }).post('/api/v1/teams', { name: 'Support' });
    expect(withoutHeader.statusCode).toBe(403);
    expect(withoutHeader.json().error.code).toBe('csrf_check_failed');
    const withHeader = await clientWith(testApp.app, { cookie: `openvoc_session=${cookie}`, 'x-openvoc-csrf': '1' }).post('/api/v1/teams', { name: 'Support' });
    expect(withHeader.statusCode).toBe(201);
  });

  it('stores only password hashes (argon2id) and session token hashes', async () => {
    const org = await createTestOrg(testApp);
    await login(org.ownerEmail, TEST_PASSWORD);
    const { rows } = await testApp.pool.query(`SELECT password_hash FROM users WHERE email = $1`, [org.ownerEmail]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await testApp.pool.query(`SELECT token_hash FROM sessions WHERE org_id = $1`, [org.orgId]);
    expect(sessions.rows[0].token_hash).toHaveLength(32);
  });
});

describe('API keys', () => {
  it('are stored hashed and authenticate ingestion by Bearer or X-API-Key', async () => {
    const org = await createTestOrg(testApp);
    const key = await org.apiKey();
    const { rows } = await testApp.pool.query(`SELECT key_hash, prefix FROM api_keys WHERE org_id = $1`, [org.orgId]);
    expect(rows[0].key_hash.toString('utf8')).not.toContain(key);
    expect(key.startsWith(rows[0].prefix)).toBe(true);
    const viaBearer = await apiKeyClient(testApp.app, key).get('/api/v1/channels');
    expect(viaBearer.statusCode).toBe(200);
    const viaHeader = await clientWith(testApp.app, { 'x-api-key': key }).get('/api/v1/channels');
    expect(viaHeader.statusCode).toBe(200);
  });

  it('rejects an unknown key with 401 invalid_api_key', async () => {
    const response = await apiKeyClient(testApp.app, 'ovk_not-a-real-key').post('/api/v1/feedback', { source: 'api', channel: 'app', text: 'hi' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('invalid_api_key');
  });
});

describe('service endpoints', () => {
  it('GET /api/health reports the database kind', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', db: 'embedded' });
  });

  it('serves the OpenAPI document describing the v1 routes', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/feedback', '/api/v1/feedback/batch', '/api/v1/journeys/{id}', '/api/v1/auth/login']));
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('sends security headers', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('login brute-force protection', () => {
  it('rate-limits login attempts per address with 429 rate_limited', async () => {
    const limited = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '3' });
    try {
      const attempt = () => limited.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'a@example.com', password: 'wrong-password' } });
      const statuses = [];
      for (let i = 0; i < 5; i += 1) statuses.push((await attempt()).statusCode);
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429]);
      expect((await attempt()).json().error.code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });
});
