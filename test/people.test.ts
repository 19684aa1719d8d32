// Users and teams of an organisation through the HTTP API: who may change whom, the last-owner rule,
// disabling (which ends sessions) and team membership. API keys: test/api-keys.test.ts.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyClient, createTestOrg, signIn, startTestApp, TEST_PASSWORD, type Client, type TestApp } from './support/test-app.ts';
import { expectError } from './support/expect-error.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
});
afterAll(() => testApp.close());

let counter = 0;
const uniqueEmail = (label: string) => `${label}-${Date.now().toString(36)}-${(counter++).toString(36)}@example.com`;

const login = (email: string, password: string) => testApp.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

async function addUser(by: Client, overrides: Record<string, unknown> = {}) {
  const body = { email: uniqueEmail('user'), name: 'Some One', password: TEST_PASSWORD, role: 'analyst', ...overrides };
  const response = await by.post('/api/v1/users', body);
  expect(response.statusCode).toBe(201);
  return response.json();
}

async function usersOf(client: Client) {
  const response = await client.get('/api/v1/users');
  expect(response.statusCode).toBe(200);
  return response.json().items as Array<{ id: string; email: string; name: string; role: string; locale: string; disabled: boolean }>;
}

async function me(client: Client) {
  const response = await client.get('/api/v1/auth/me');
  expect(response.statusCode).toBe(200);
  return response.json().user as { id: string; email: string; role: string };
}

describe('users', () => {
  it('the owner lists the organisation’s users without any secret', async () => {
    const org = await createTestOrg(testApp);
    const owner = await org.as('owner');
    await org.as('agent');
    const response = await owner.get('/api/v1/users');
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items).toHaveLength(2);
    expect(items).toContainEqual({
      id: expect.any(String),
      email: org.ownerEmail,
      name: 'Owner',
      role: 'owner',
      locale: 'zh-CN',
      disabled: false,
      created_at: expect.any(String),
    });
    expect(items.map((user: { role: string }) => user.role).sort()).toEqual(['agent', 'owner']);
    expect(response.body).not.toMatch(/password|argon2/i);
  });

  it('creates a user with the e-mail normalised to lower case, who can then sign in', async () => {
    const org = await createTestOrg(testApp);
    const owner = await org.as('owner');
    const email = uniqueEmail('Mixed.Case');
    const response = await owner.post('/api/v1/users', { email: `  ${email.toUpperCase()} `, name: ' Li Lei ', password: TEST_PASSWORD, role: 'agent', locale: 'en' });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toEqual({ id: expect.any(String), email: email.toLowerCase(), name: 'Li Lei', role: 'agent', locale: 'en', disabled: false, created_at: expect.any(String) });
    expect(await usersOf(owner)).toContainEqual(expect.objectContaining({ id: created.id, email: email.toLowerCase() }));
    const signedIn = await login(email.toLowerCase(), TEST_PASSWORD);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user).toMatchObject({ id: created.id, role: 'agent', locale: 'en' });
  });

  it('defaults the locale to zh-CN', async () => {
    const org = await createTestOrg(testApp);
    const created = await addUser(await org.as('owner'));
    expect(created.locale).toBe('zh-CN');
  });

  it('refuses an e-mail that is already taken, whatever its case: 409 email_taken', async () => {
    const org = await createTestOrg(testApp);
    const owner = await org.as('owner');
    const email = uniqueEmail('taken');
    await addUser(owner, { email });
    expectError(await owner.post('/api/v1/users', { email: email.toUpperCase(), name: 'Twin', password: TEST_PASSWORD, role: 'viewer' }), 409, 'email_taken');
    // An address belongs to one organisation: another organisation cannot take it either.
    const other = await (await createTestOrg(testApp)).as('owner');
    expectError(await other.post('/api/v1/users', { email, name: 'Twin', password: TEST_PASSWORD, role: 'viewer' }), 409, 'email_taken');
    expect((await usersOf(owner)).filter((user) => user.email === email)).toHaveLength(1);
  });

  it.each([
    ['a password shorter than 8 characters', { password: 'short12' }, 'password'],
    ['no password', { password: undefined }, 'password'],
    ['a malformed e-mail', { email: 'not-an-email' }, 'email'],
    ['no name', { name: '   ' }, 'name'],
    ['an unknown role', { role: 'superuser' }, 'role'],
    ['an unknown locale', { locale: 'fr' }, 'locale'],
  ])('refuses a user with %s: 400 validation_failed', async (_case, overrides, path) => {
    const org = await createTestOrg(testApp);
    const owner = await org.as('owner');
    const body = { email: uniqueEmail('invalid'), name: 'Some One', password: TEST_PASSWORD, role: 'analyst', ...overrides };
    expectError(await owner.post('/api/v1/users', body), 400, 'validation_failed', path);
    expect(await usersOf(owner)).toHaveLength(1);
  });

  it('changes role, name and locale; a new role applies to the user’s current session at once', async () => {
    const org = await createTestOrg(testApp);
    const owner = await org.as('owner');
    const analyst = await org.as('analyst');
    const { id } = await me(analyst);
    expectError(await analyst.post('/api/v1/teams', { name: 'Before' }), 403, 'forbidden');

    const response = await owner.patch(`/api/v1/users/${id}`, { role: 'admin', name: 'Han Meimei', locale: 'en' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id, role: 'admin', name: 'Han Meimei', locale: 'en', disabled: false });
    expect(await usersOf(owner)).toContainEqual(expect.objectContaining({ id, role: 'admin', name: 'Han Meimei', locale: 'en' }));
    expect(await me(analyst)).toMatchObject({ id, role: 'admin' });
    expect((await analyst.post('/api/v1/teams', { name: 'After' })).statusCode).toBe(201);
  });

  it.each([
    ['an unknown role', { role: 'king' }, 'role'],
    ['a short password', { password: 'abc' }, 'password'],
    ['disabled that is not a boolean', { disabled: 'yes' }, 'disabled'],
    ['an unknown field', { email: 'new@example.com' }, undefined],
  ])('refuses a user change with %s', async (_case, patch, path) => {
    const org = await createTestOrg(testApp);
    const owner = await org.as('owner');
    const user = await addUser(owner);
    expectError(await owner.patch(`/api/v1/users/${user.id}`, patch), 400, 'validation_failed', path);
    expect(await usersOf(owner)).toContainEqual(expect.objectContaining({ id: user.id, email: user.email, role: 'analyst', disabled: false }));
  });

  it('answers a change to an unknown user with 404', async () => {
    const owner = await (await createTestOrg(testApp)).as('owner');
    expectError(await owner.patch(`/api/v1/users/${randomUUID()}`, { name: 'Ghost' }), 404, 'not_found');
  });

  it('disabling a user ends their session and stops them signing in; enabling lets them back', async () => {
    const org = await createTestOrg(testApp);
    const owner = await org.as('owner');
    const agent = await org.as('agent');
    const { id, email } = await me(agent);

    const disabled = await owner.patch(`/api/v1/users/${id}`, { disabled: true });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ id, disabled: true });
    expectError(await agent.get('/api/v1/auth/me'), 401, 'unauthenticated');
    expectError(await agent.get('/api/v1/journeys'), 401, 'unauthenticated');
    expectError(await login(email, TEST_PASSWORD), 401, 'invalid_credentials');

    expect((await owner.patch(`/api/v1/users/${id}`, { disabled: false })).json()).toMatchObject({ id, disabled: false });
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('a new password ends the user’s sessions and only the new password works', async () => {
    const org = await createTestOrg(testApp);
    const owner = await org.as('owner');
    const viewer = await org.as('viewer');
    const { id, email } = await me(viewer);
    expect((await owner.patch(`/api/v1/users/${id}`, { password: 'a brand new password' })).statusCode).toBe(200);
    expectError(await viewer.get('/api/v1/auth/me'), 401, 'unauthenticated');
    expectError(await login(email, TEST_PASSWORD), 401, 'invalid_credentials');
    expect((await login(email, 'a brand new password')).statusCode).toBe(200);
  });

  describe('an admin', () => {
    it.each([
      ['create an owner', async (admin: Client) => admin.post('/api/v1/users', { email: uniqueEmail('owner2'), name: 'Boss', password: TEST_PASSWORD, role: 'owner' })],
      ['rename an owner', async (admin: Client, ownerId: string) => admin.patch(`/api/v1/users/${ownerId}`, { name: 'Renamed' })],
      ['demote an owner', async (admin: Client, ownerId: string) => admin.patch(`/api/v1/users/${ownerId}`, { role: 'viewer' })],
      ['disable an owner', async (admin: Client, ownerId: string) => admin.patch(`/api/v1/users/${ownerId}`, { disabled: true })],
      ['reset an owner’s password', async (admin: Client, ownerId: string) => admin.patch(`/api/v1/users/${ownerId}`, { password: 'taken over now' })],
      ['promote a user to owner', async (admin: Client, _ownerId: string, analystId: string) => admin.patch(`/api/v1/users/${analystId}`, { role: 'owner' })],
      ['promote themself to owner', async (admin: Client, _ownerId: string, _analystId: string, adminId: string) => admin.patch(`/api/v1/users/${adminId}`, { role: 'owner' })],
    ])('may not %s: 403 forbidden, nothing changes', async (_case, attempt) => {
      const org = await createTestOrg(testApp);
      const owner = await org.as('owner');
      const admin = await org.as('admin');
      const ownerId = (await me(owner)).id;
      const adminId = (await me(admin)).id;
      const analyst = await addUser(owner, { role: 'analyst' });
      const before = await usersOf(owner);
      expectError(await attempt(admin, ownerId, analyst.id, adminId), 403, 'forbidden');
      expect(await usersOf(owner)).toEqual(before);
      expect(await me(owner)).toMatchObject({ id: ownerId, role: 'owner' });
    });

    it('may create and change users below owner', async () => {
      const org = await createTestOrg(testApp);
      const admin = await org.as('admin');
      const created = await addUser(admin, { role: 'agent' });
      const changed = await admin.patch(`/api/v1/users/${created.id}`, { role: 'admin', name: 'Promoted' });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({ id: created.id, role: 'admin', name: 'Promoted' });
    });
  });

  describe('the last active owner', () => {
    it.each([
      ['demoted', { role: 'admin' }],
      ['disabled', { disabled: true }],
    ])('cannot be %s: 409 last_owner, and stays an active owner', async (_case, patch) => {
      const org = await createTestOrg(testApp);
      const owner = await org.as('owner');
      const { id } = await me(owner);
      expectError(await owner.patch(`/api/v1/users/${id}`, patch), 409, 'last_owner');
      expect(await me(owner)).toMatchObject({ id, role: 'owner' });
      expect(await usersOf(owner)).toContainEqual(expect.objectContaining({ id, role: 'owner', disabled: false }));
    });

    it('can step down once another owner exists, and then the other is the last owner', async () => {
      const org = await createTestOrg(testApp);
      const owner = await org.as('owner');
      const { id } = await me(owner);
      const second = await addUser(owner, { role: 'owner' });
      const disabledOwner = await addUser(owner, { role: 'owner' });
      expect((await owner.patch(`/api/v1/users/${disabledOwner.id}`, { disabled: true })).statusCode).toBe(200);

      const stepDown = await owner.patch(`/api/v1/users/${id}`, { role: 'admin' });
      expect(stepDown.statusCode).toBe(200);
      expect(stepDown.json().role).toBe('admin');

      // A disabled owner does not count: the second owner is now the only active one.
      const secondOwner = await signIn(testApp.app, second.email, TEST_PASSWORD);
      expectError(await secondOwner.patch(`/api/v1/users/${second.id}`, { disabled: true }), 409, 'last_owner');
      expectError(await secondOwner.patch(`/api/v1/users/${second.id}`, { role: 'viewer' }), 409, 'last_owner');
      expect(await me(secondOwner)).toMatchObject({ id: second.id, role: 'owner' });
    });

    it('two owners demoting each other at the same moment never leave the organisation without an owner', async () => {
      // Several rounds, because the two requests must overlap inside their transactions to collide.
      for (let round = 0; round < 5; round += 1) {
        const org = await createTestOrg(testApp);
        const owner = await org.as('owner');
        const { id } = await me(owner);
        const second = await addUser(owner, { role: 'owner' });
        const results = await Promise.all([
          owner.patch(`/api/v1/users/${id}`, { role: 'admin' }),
          owner.patch(`/api/v1/users/${second.id}`, { role: 'admin' }),
        ]);
        const statuses = results.map((response) => response.statusCode);
        expect(statuses.filter((status) => status === 200), `statuses ${statuses.join(', ')}`).toHaveLength(1);
        const activeOwners = await testApp.pool.query(`SELECT count(*)::int AS count FROM users WHERE org_id = $1 AND role = 'owner' AND NOT disabled`, [org.orgId]);
        expect(activeOwners.rows[0].count).toBe(1);
      }
    });
  });
});

describe('teams', () => {
  async function teamsOf(client: Client) {
    const response = await client.get('/api/v1/teams');
    expect(response.statusCode).toBe(200);
    return response.json().items as Array<{ id: string; name: string; members: Array<{ id: string; name: string; email: string }> }>;
  }

  async function createTeam(client: Client, name: string) {
    const response = await client.post('/api/v1/teams', { name });
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  it('creates a team and lists it', async () => {
    const owner = await (await createTestOrg(testApp)).as('owner');
    const response = await owner.post('/api/v1/teams', { name: '  Customer Care ' });
    expect(response.statusCode).toBe(201);
    const team = response.json();
    expect(team).toEqual({ id: expect.any(String), name: 'Customer Care', members: [], created_at: expect.any(String) });
    expect(await teamsOf(owner)).toEqual([team]);
  });

  it.each([['Support'], ['SUPPORT'], ['  support  ']])('refuses a second team named %j (case-insensitive): 409 conflict', async (name) => {
    const owner = await (await createTestOrg(testApp)).as('owner');
    await createTeam(owner, 'Support');
    expectError(await owner.post('/api/v1/teams', { name }), 409, 'conflict');
    expect((await teamsOf(owner)).map((team) => team.name)).toEqual(['Support']);
  });

  it.each([
    ['an empty name', { name: '' }, 'name'],
    ['a blank name', { name: '   ' }, 'name'],
    ['a name longer than 100', { name: 'x'.repeat(101) }, 'name'],
    ['no name', {}, 'name'],
    ['an unknown field', { name: 'Support', colour: 'blue' }, undefined],
  ])('refuses a team with %s: 400 validation_failed', async (_case, body, path) => {
    const owner = await (await createTestOrg(testApp)).as('owner');
    expectError(await owner.post('/api/v1/teams', body), 400, 'validation_failed', path);
    expect(await teamsOf(owner)).toEqual([]);
  });

  it('renames a team, refusing a name another team has', async () => {
    const owner = await (await createTestOrg(testApp)).as('owner');
    const support = await createTeam(owner, 'Support');
    await createTeam(owner, 'Logistics');
    const renamed = await owner.patch(`/api/v1/teams/${support.id}`, { name: 'Service' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ id: support.id, name: 'Service' });
    expectError(await owner.patch(`/api/v1/teams/${support.id}`, { name: 'LOGISTICS' }), 409, 'conflict');
    const recased = await owner.patch(`/api/v1/teams/${support.id}`, { name: 'SERVICE' });
    expect(recased.statusCode).toBe(200);
    expect((await teamsOf(owner)).map((team) => team.name)).toEqual(['Logistics', 'SERVICE']);
    expectError(await owner.patch(`/api/v1/teams/${randomUUID()}`, { name: 'Nobody' }), 404, 'not_found');
  });

  it('replaces the members of a team', async () => {
    const owner = await (await createTestOrg(testApp)).as('owner');
    const team = await createTeam(owner, 'Support');
    const zhang = await addUser(owner, { name: 'Zhang Wei', role: 'agent' });
    const an = await addUser(owner, { name: 'An Na', role: 'agent' });

    const both = await owner.put(`/api/v1/teams/${team.id}/members`, { user_ids: [zhang.id, an.id, zhang.id] });
    expect(both.statusCode).toBe(200);
    expect(both.json()).toMatchObject({
      id: team.id,
      members: [
        { id: an.id, name: 'An Na', email: an.email },
        { id: zhang.id, name: 'Zhang Wei', email: zhang.email },
      ],
    });
    const one = await owner.put(`/api/v1/teams/${team.id}/members`, { user_ids: [zhang.id] });
    expect(one.json().members).toEqual([{ id: zhang.id, name: 'Zhang Wei', email: zhang.email, is_lead: false }]);
    expect((await teamsOf(owner))[0]!.members).toEqual([{ id: zhang.id, name: 'Zhang Wei', email: zhang.email, is_lead: false }]);
    const none = await owner.put(`/api/v1/teams/${team.id}/members`, { user_ids: [] });
    expect(none.json().members).toEqual([]);
  });

  it.each([
    ['an unknown user id beside a known one', (memberId: string) => ({ user_ids: [memberId, randomUUID()] }), 'user_ids'],
    ['a malformed user id', () => ({ user_ids: ['not-a-uuid'] }), 'user_ids[0]'],
    ['no list', () => ({}), 'user_ids'],
  ])('refuses members with %s: 400 validation_failed, membership unchanged', async (_case, body, path) => {
    const owner = await (await createTestOrg(testApp)).as('owner');
    const team = await createTeam(owner, 'Support');
    const member = await addUser(owner, { name: 'Member', role: 'agent' });
    expect((await owner.put(`/api/v1/teams/${team.id}/members`, { user_ids: [member.id] })).statusCode).toBe(200);
    expectError(await owner.put(`/api/v1/teams/${team.id}/members`, body(member.id)), 400, 'validation_failed', path);
    expect((await teamsOf(owner))[0]!.members.map((m) => m.id)).toEqual([member.id]);
  });

  it('deletes a team (its members stay users): 204, then 404', async () => {
    const owner = await (await createTestOrg(testApp)).as('owner');
    const team = await createTeam(owner, 'Support');
    const member = await addUser(owner, { role: 'agent' });
    await owner.put(`/api/v1/teams/${team.id}/members`, { user_ids: [member.id] });
    expect((await owner.delete(`/api/v1/teams/${team.id}`)).statusCode).toBe(204);
    expect(await teamsOf(owner)).toEqual([]);
    expect((await usersOf(owner)).map((user) => user.id)).toContain(member.id);
    expectError(await owner.delete(`/api/v1/teams/${team.id}`), 404, 'not_found');
    expectError(await owner.put(`/api/v1/teams/${team.id}/members`, { user_ids: [] }), 404, 'not_found');
  });
});
