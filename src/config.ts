// Every setting, read once from the environment and checked, so a bad value fails at start-up
// naming the variable instead of surfacing later as a strange runtime error.
import path from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  OPENVOC_DATA_DIR: z.string().min(1).default('.openvoc-data'),
  OPENVOC_DEMO: z.enum(['ask', 'yes', 'no']).default('ask'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: booleanFromEnv.optional(),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 7),
  COOKIE_SECURE: booleanFromEnv.default(false),
  TRUST_PROXY: booleanFromEnv.default(false),
  RATE_LIMIT_PUBLIC_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_INGEST_PER_MINUTE: z.coerce.number().int().min(1).default(120_000),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  IMPORT_DIR: z.string().min(1).optional(),
  IMPORT_MAX_FILE_MB: z.coerce.number().int().min(1).max(100_000).default(1024),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  WORKER_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  CHANGE_FEED: booleanFromEnv.default(true),
});

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: 'ask' | 'yes' | 'no';
  logLevel: string;
  logPretty: boolean;
  sessionTtlHours: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  rateLimitPublicPerMinute: number;
  rateLimitLoginPerMinute: number;
  rateLimitIngestPerMinute: number;
  workerConcurrency: number;
  dbPoolSize: number;
  /** Where uploaded import files wait for their job (shared storage when `serve` and `worker` run on different machines). */
  importDir: string;
  importMaxFileBytes: number;
  /** When set, GET /metrics requires `Authorization: Bearer <token>`; unset, /metrics is open (keep it off the public network). */
  metricsToken: string | undefined;
  /** `openvoc worker` serves GET /metrics on this port (on HOST) when set; workers have no other HTTP. */
  workerMetricsPort: number | undefined;
  /**
   * Servers LISTEN for changes to API keys and text settings and remember them between requests
   * meanwhile. Off: read them on every request (needed behind PgBouncer in transaction mode, where
   * LISTEN does not work).
   */
  changeFeed: boolean;
}

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined>): Config {
  // Empty strings count as unset: `PORT= npm start` should not mean port 0.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.OPENVOC_DATA_DIR),
    demo: e.OPENVOC_DEMO,
    logLevel: e.LOG_LEVEL,
    logPretty: e.LOG_PRETTY ?? (process.stdout.isTTY === true && e.NODE_ENV !== 'production'),
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    rateLimitPublicPerMinute: e.RATE_LIMIT_PUBLIC_PER_MINUTE,
    rateLimitLoginPerMinute: e.RATE_LIMIT_LOGIN_PER_MINUTE,
    rateLimitIngestPerMinute: e.RATE_LIMIT_INGEST_PER_MINUTE,
    workerConcurrency: e.WORKER_CONCURRENCY,
    dbPoolSize: e.DB_POOL_SIZE,
    importDir: path.resolve(e.IMPORT_DIR ?? path.join(e.OPENVOC_DATA_DIR, 'imports')),
    importMaxFileBytes: e.IMPORT_MAX_FILE_MB * 1024 * 1024,
    metricsToken: e.METRICS_TOKEN,
    workerMetricsPort: e.WORKER_METRICS_PORT,
    changeFeed: e.CHANGE_FEED,
  };
}

let loaded: Config | undefined;

/** The process-wide configuration, read from the environment on first use. */
export function config(): Config {
  loaded ??= parseConfig(process.env);
  return loaded;
}
