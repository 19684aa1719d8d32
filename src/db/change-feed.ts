// Tells this process when rows it keeps in memory change in the database, whichever process changed
// them: one connection LISTENs on `openvoc_changes` (triggers of migration 0053 notify on commit).
// Memory caches may skip a database read only while the feed is live; when its connection drops they
// are told to forget everything (a notice may have been missed) and the feed reconnects.
import pg from 'pg';
import type { Logger } from 'pino';

const CHANNEL = 'openvoc_changes';
const RECONNECT_MS = 1000;

interface Subscriber {
  changed(id: string): void;
  /** Every entry may be stale: forget them all. */
  reset(): void;
}

const subscribers = new Map<string, Set<Subscriber>>();
let live = false;
// Counts every change seen per topic, so a cache can tell whether one was noticed while it read.
const versions = new Map<string, number>();

/** Subscribes a cache to one topic ("api_key", "text_settings"). Returns the unsubscribe function. */
export function onChange(topic: string, subscriber: Subscriber): () => void {
  const set = subscribers.get(topic) ?? new Set<Subscriber>();
  subscribers.set(topic, set);
  set.add(subscriber);
  return () => void set.delete(subscriber);
}

/** True while notices are being received: a cache entry stored meanwhile is forgotten when its row changes. */
export function changeFeedIsLive(): boolean {
  return live;
}

/**
 * Taken before a cache reads the database; pass it to mayRemember afterwards: a row read while a
 * change was noticed may be the old one and must not be remembered.
 */
export function changeVersion(topic: string): number {
  return versions.get(topic) ?? 0;
}

/** True when a row read since `version` (see changeVersion) may be kept in memory and trusted. */
export function mayRemember(topic: string, version: number): boolean {
  return live && changeVersion(topic) === version;
}

/**
 * Tells this process's subscribers at once that a row changed (the writer's own process does not
 * wait for the notice, which arrives after its commit and is then delivered a second time, harmlessly).
 */
export function announceChange(topic: string, id: string): void {
  versions.set(topic, changeVersion(topic) + 1);
  for (const subscriber of subscribers.get(topic) ?? []) subscriber.changed(id);
}

function deliver(payload: string): void {
  const colon = payload.indexOf(':');
  if (colon >= 0) announceChange(payload.slice(0, colon), payload.slice(colon + 1));
}

function resetAll(): void {
  live = false;
  for (const [topic, set] of subscribers) {
    versions.set(topic, changeVersion(topic) + 1);
    for (const subscriber of set) subscriber.reset();
  }
}

/** Listens until stopped, reconnecting after a lost connection. One per process is enough. */
export function startChangeFeed(pool: pg.Pool, log: Logger): { stop(): Promise<void> } {
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ ...pool.options, keepAlive: true });
    client = next;
    const lost = (error?: Error) => {
      if (client !== next) return;
      client = null;
      resetAll();
      next.removeAllListeners();
      void next.end().catch(() => undefined);
      if (stopped) return;
      log.warn({ err: error }, 'change feed lost its connection; caches bypassed until it is back');
      retry = setTimeout(() => void connect(), RECONNECT_MS);
    };
    next.on('error', lost);
    next.on('end', () => lost());
    next.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload) deliver(message.payload);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      if (client !== next) return;
      // Entries cached before the feed went live were never covered by it.
      resetAll();
      live = true;
    } catch (error) {
      lost(error as Error);
    }
  };
  void connect();

  return {
    stop: async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = null;
      resetAll();
      if (current) {
        current.removeAllListeners();
        current.on('error', () => undefined);
        await current.end().catch(() => undefined);
      }
    },
  };
}
