// Where the database's time goes, per statement: PostgreSQL's pg_stat_statements, including the
// statements run inside triggers and functions (the rollups, the foreign-key checks). It must be
// loaded when the cluster starts, so the embedded cluster is restarted once with it.
import type pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded.ts';
import { createPool } from '../../src/db/pool.ts';

export interface ProfiledStatement {
  /** Execution time per item (wall time: under concurrency it includes waiting for locks). */
  us_per_item: number;
  calls: number;
  rows: number;
  query: string;
}

/** Restarts the cluster kept under `dataDir` with pg_stat_statements; returns the new connection. */
export async function restartWithStatementProfile(dataDir: string, embedded: EmbeddedDatabase, pool: pg.Pool): Promise<{ embedded: EmbeddedDatabase; pool: pg.Pool }> {
  await pool.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
  await pool.query(`ALTER SYSTEM SET pg_stat_statements.track = 'all'`);
  await pool.end();
  await embedded.stop();
  const restarted = await startEmbeddedPostgres(dataDir);
  const restartedPool = createPool(restarted.connectionString, 10);
  await restartedPool.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  return { embedded: restarted, pool: restartedPool };
}

export async function resetStatementProfile(pool: pg.Pool): Promise<void> {
  await pool.query('SELECT pg_stat_statements_reset()');
}

/** The statements that took longest since the last reset, the query text shortened to one line. */
export async function topStatements(pool: pg.Pool, items: number, limit = 20): Promise<ProfiledStatement[]> {
  const { rows } = await pool.query<ProfiledStatement>(
    `SELECT round((total_exec_time / $1 * 1000)::numeric, 2)::float8 AS us_per_item, calls::int, rows::int,
            left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query
       FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT $2`,
    [items, limit],
  );
  return rows;
}
