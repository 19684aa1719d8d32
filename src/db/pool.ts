// The connection pool and the transaction helper every repo and use case builds on.
import pg from 'pg';

export type Db = pg.Pool | pg.PoolClient;
export type Tx = pg.PoolClient;

// Return bigint counts as numbers: our counts never approach 2^53, and numbers are what callers want.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

export function createPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  // A client losing its connection (database restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/**
 * Runs `work` in a transaction. A client passed in is taken to be the caller's open transaction,
 * so use cases compose: the outermost caller owns BEGIN/COMMIT.
 */
export async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (!(db instanceof pg.Pool)) return work(db);
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** True when `db` is a pool, so a use case owns the transaction it opens (and may run it again). */
export function isPool(db: Db): db is pg.Pool {
  return db instanceof pg.Pool;
}

export function isDeadlock(error: unknown): boolean {
  return hasSqlState(error, '40P01');
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  return hasSqlState(error, '23505') && (constraint === undefined || (error as pg.DatabaseError).constraint === constraint);
}

export function isForeignKeyViolation(error: unknown): boolean {
  return hasSqlState(error, '23503');
}

function hasSqlState(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
