// One embedded PostgreSQL for the whole run, with a migrated template database; each test file
// then gets its own database cloned from the template in milliseconds (see test-database.ts).
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../src/db/embedded.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createPool } from '../../src/db/pool.ts';

export const TEMPLATE_DB = 'openvoc_template';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // Browser and start-up tests need the built dashboard and widget; `npm test` builds them first,
  // this covers a direct `npx vitest run`.
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ensure-built.ts'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the dashboard or widget failed');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'openvoc-test-'));
  const embedded = await startEmbeddedPostgres(dataDir);
  const admin = createPool(embedded.connectionString, 2);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const template = createPool(withDatabase(embedded.connectionString, TEMPLATE_DB), 2);
  await migrate(template);
  await template.end();
  project.provide('postgresAdminUrl', embedded.connectionString);
  return async () => {
    await embedded.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
