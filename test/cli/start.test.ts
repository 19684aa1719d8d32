// `npm start` on an empty data folder: embedded PostgreSQL, migrations, demo data, dashboard, and the
// printed credentials work — what a new user sees on a fresh clone.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/openvoc-processes.ts';
import { runCli, startCli, stopCli } from '../support/run-cli.ts';

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'openvoc-start-'));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('openvoc start (npm start)', () => {
  it('starts on an empty folder with demo data and prints how to sign in', async () => {
    const port = await freePort();
    const env = { OPENVOC_DATA_DIR: dataDir, OPENVOC_DEMO: 'yes', PORT: String(port), DATABASE_URL: '' };
    const { child, output } = await startCli(['start'], env, /password: \S+/, 240_000);
    try {
      const email = output().match(/e-mail: +(\S+)/)?.[1];
      const password = output().match(/password: +(\S+)/)?.[1];
      expect(output()).toContain(`http://localhost:${port}`);
      expect(email).toBeDefined();

      const base = `http://127.0.0.1:${port}`;
      expect(await (await fetch(`${base}/api/health`)).json()).toEqual({ status: 'ok', db: 'embedded' });
      const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
      expect(login.status).toBe(200);
      const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
      const inbox = await (await fetch(`${base}/api/v1/feedback?limit=200`, { headers: { cookie } })).json();
      expect(inbox.items).toHaveLength(200);
      expect(inbox.items.some((item: { lang: string }) => item.lang === 'zh')).toBe(true);
      expect(inbox.items.some((item: { lang: string }) => item.lang === 'en')).toBe(true);
      const page = await fetch(`${base}/inbox`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');

      // A second command attaches to the running embedded database instead of starting another.
      const created = await runCli(['user', 'create', '--email', 'analyst@example.com', '--name', 'Ana', '--role', 'analyst', '--password', 'analyst-password'], env);
      expect(created.stderr).toBe('');
      expect(created.stdout).toContain('Created analyst analyst@example.com');
    } finally {
      expect(await stopCli(child)).toBe(0);
    }

    // Second start: no first-run banner, same data.
    const again = await startCli(['start'], env, /OpenVoC is running/, 120_000);
    try {
      expect(again.output()).not.toContain('Demo organisation');
    } finally {
      await stopCli(again.child);
    }
  }, 300_000);
});
