// CPU time used by processes (Linux /proc), so a benchmark on a shared machine can report what each
// request costs (CPU ms per item), a figure that other load on the machine barely moves, beside
// throughput, which it moves a lot.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux

function ticksOf(pid: number, withChildren: boolean): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): utime 14, stime 15, cutime 16, cstime 17.
    const own = Number(fields[11]) + Number(fields[12]);
    return withChildren ? own + Number(fields[13]) + Number(fields[14]) : own;
  } catch {
    return 0;
  }
}

function childrenOf(parent: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** CPU ms of a process so far. */
export function processCpuMs(pid: number): number {
  return ticksOf(pid, false) * TICK_MS;
}

/** CPU ms of a PostgreSQL cluster so far: the postmaster, its live children and the children it reaped. */
export function postgresCpuMs(postmasterPid: number): number {
  return (ticksOf(postmasterPid, true) + childrenOf(postmasterPid).reduce((sum, pid) => sum + ticksOf(pid, false), 0)) * TICK_MS;
}

/** The postmaster of the embedded cluster kept under `dataDir` (see src/db/embedded.ts). */
export function postmasterPidOf(dataDir: string): number | undefined {
  const location = path.join(dataDir, 'pg-location');
  const clusterDir = existsSync(location) ? readFileSync(location, 'utf8').trim() : path.join(dataDir, 'pg');
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  return existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : undefined;
}

/** Reads CPU ms of the named processes (and of PostgreSQL) so that a phase can be charged per item. */
export function cpuMeter(pids: Record<string, number>, postmasterPid: number | undefined): () => Record<string, number> {
  return () => ({
    ...Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, processCpuMs(pid)])),
    ...(postmasterPid === undefined ? {} : { postgres: postgresCpuMs(postmasterPid) }),
  });
}

/** CPU ms per item spent between two readings of a cpuMeter, by process, and in total. */
export function cpuPerItem(before: Record<string, number>, after: Record<string, number>, items: number): Record<string, number> {
  const perItem = Object.fromEntries(Object.keys(after).map((name) => [name, Math.round(((after[name]! - (before[name] ?? 0)) / items) * 1000) / 1000]));
  return { ...perItem, total: Math.round(Object.values(perItem).reduce((sum, value) => sum + value, 0) * 1000) / 1000 };
}
