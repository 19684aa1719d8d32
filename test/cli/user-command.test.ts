// `openvoc user create` / `set-password` against a real database, including their error messages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { createTestDatabase } from '../support/test-database.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let env: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.url };
});
afterAll(() => database.drop());

describe('openvoc user', () => {
  it('creates the first owner together with a new organisation, printing a generated password', async () => {
    const result = await runCli(['user', 'create', '--org', 'Acme 中国', '--email', 'Boss@Acme.example', '--name', 'Boss'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Created owner boss@acme.example in "Acme 中国" (new organisation)');
    expect(result.stdout).toMatch(/Password: \S{12,}/);
    const { rows } = await database.pool.query(`SELECT o.name, u.role FROM users u JOIN organisations o ON o.id = u.org_id WHERE u.email = 'boss@acme.example'`);
    expect(rows).toEqual([{ name: 'Acme 中国', role: 'owner' }]);
    const channels = await database.pool.query(`SELECT count(*)::int AS n FROM channels c JOIN organisations o ON o.id = c.org_id WHERE o.name = 'Acme 中国'`);
    expect(channels.rows[0].n).toBeGreaterThanOrEqual(8);
  });

  it('adds users to the only organisation without --org', async () => {
    const result = await runCli(['user', 'create', '--email', 'ana@acme.example', '--name', 'Ana', '--role', 'analyst', '--password', 'long-enough-pw'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('Password:');
  });

  it.each([
    [['user', 'create', '--email', 'ana@acme.example', '--name', 'Again', '--password', 'long-enough-pw'], /already exists/],
    [['user', 'create', '--email', 'x@acme.example', '--name', 'X', '--password', 'short'], /password: .*8/],
    [['user', 'create', '--email', 'x@acme.example', '--name', 'X', '--role', 'king', '--password', 'long-enough-pw'], /role/],
    [['user', 'create', '--org', 'New Co', '--email', 'y@new.example', '--name', 'Y', '--role', 'agent'], /must have --role owner/],
    [['user', 'set-password', '--email', 'nobody@acme.example'], /No user with the e-mail/],
    [['user', 'create', '--name', 'No Email'], /required option '--email/],
  ])('fails clearly for %j', async (args, message) => {
    const result = await runCli(args, env);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it('sets a new password that then works for login', async () => {
    const result = await runCli(['user', 'set-password', '--email', 'ana@acme.example', '--password', 'brand-new-password'], env);
    expect(result.code).toBe(0);
    const { rows } = await database.pool.query(`SELECT password_hash FROM users WHERE email = 'ana@acme.example'`);
    const { verify } = await import('@node-rs/argon2');
    expect(await verify(rows[0].password_hash, 'brand-new-password')).toBe(true);
  });
});
