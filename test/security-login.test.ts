// Brute-force protection beyond the per-address limit (test/auth.test.ts): guesses at one account
// from many addresses are limited too, while other accounts stay reachable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrg, startTestApp, TEST_PASSWORD, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let org: TestOrg;
beforeAll(async () => {
  testApp = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '3' });
  org = await createTestOrg(testApp);
});
afterAll(() => testApp.close());

const attempt = (email: string, password: string, address: string) =>
  testApp.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: address });

describe('login brute-force protection per account', () => {
  it('limits guesses at one account from rotating addresses, case-insensitively', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt(i % 2 ? org.ownerEmail.toUpperCase() : org.ownerEmail, 'wrong password', `10.0.0.${i + 1}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // Even the right password waits out the window: the limit is on the account, not on failures.
    const right = await attempt(org.ownerEmail, TEST_PASSWORD, '10.0.0.99');
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe('rate_limited');
  });

  it('leaves other accounts reachable from a fresh address', async () => {
    const other = await createTestOrg(testApp);
    expect((await attempt(other.ownerEmail, TEST_PASSWORD, '10.0.1.1')).statusCode).toBe(200);
  });
});
