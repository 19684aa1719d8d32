// The widget is one file that other sites load on every page: it must stay small. This measures the
// built file's gzipped size (a size assertion, not a timing one) and that /widget.js serves that file.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.ts';

const WIDGET = 'widget/dist/widget.js';
const LIMIT_BYTES = 15 * 1024;

let testApp: TestApp;
beforeAll(async () => {
  const build = spawnSync('npx', ['vite', 'build', '--config', 'widget/vite.config.ts', '--logLevel', 'warn'], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

describe('widget bundle', () => {
  it('is at most 15 KB gzipped, all in', () => {
    const size = gzipSync(readFileSync(WIDGET), { level: 9 }).length;
    expect(size).toBeGreaterThan(1000);
    expect(size).toBeLessThanOrEqual(LIMIT_BYTES);
  });

  it('has no framework inside and is served at /widget.js for any site', async () => {
    const source = readFileSync(WIDGET, 'utf8');
    expect(source).not.toMatch(/react|__vue|preact/i);
    const response = await testApp.app.inject({ method: 'GET', url: '/widget.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.body).toBe(source);
  });
});
