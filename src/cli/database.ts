// Opens the database for any command: the external PostgreSQL of DATABASE_URL, or the embedded one
// (started here, or the one a running `openvoc start` already has), migrated to the latest schema.
import type { Logger } from 'pino';
import type pg from 'pg';
import type { Config } from '../config.ts';
import { startEmbeddedPostgres } from '../db/embedded.ts';
import { migrate } from '../db/migrate.ts';
import { createPool } from '../db/pool.ts';

export interface OpenDatabase {
  pool: pg.Pool;
  kind: 'embedded' | 'external';
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: Logger, options: { migrate?: boolean } = {}): Promise<OpenDatabase> {
  let connectionString = config.databaseUrl;
  let stopEmbedded = async () => undefined as void;
  if (!connectionString) {
    const embedded = await startEmbeddedPostgres(config.dataDir, (message) => log.debug({ postgres: message.trim() }));
    if (embedded.owned) log.info({ dataDir: config.dataDir }, 'embedded PostgreSQL started');
    connectionString = embedded.connectionString;
    stopEmbedded = embedded.stop;
  }
  const pool = createPool(connectionString, config.dbPoolSize);
  try {
    if (options.migrate !== false) {
      const { applied } = await migrate(pool);
      if (applied.length > 0) log.info({ applied }, 'database migrated');
    }
  } catch (error) {
    await pool.end();
    await stopEmbedded();
    throw error;
  }
  return {
    pool,
    kind: config.databaseUrl ? 'external' : 'embedded',
    close: async () => {
      await pool.end();
      await stopEmbedded();
    },
  };
}
