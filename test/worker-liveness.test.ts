// Jobs held by a worker that died are freed for another worker; jobs of live workers, and jobs locked
// moments ago (the grace period), are left alone.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addJob } from '../src/db/job-queue.ts';
import { startWorkerLiveness, type WorkerLiveness } from '../src/jobs/worker-liveness.ts';
import { createTestDatabase } from './support/test-database.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let liveness: WorkerLiveness;
const lost: Error[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  liveness = await startWorkerLiveness(database.pool, pino({ level: 'silent' }), { onLost: (error) => lost.push(error) });
});
afterAll(async () => {
  await liveness?.stop();
  await database?.drop();
});

async function lockedJob(lockedBy: string, lockedSecondsAgo: number): Promise<string> {
  await addJob(database.pool, 'feedback:reanalyse', { orgId: '00000000-0000-4000-8000-000000000000', afterId: null }, { jobKey: lockedBy });
  const { rows } = await database.pool.query(
    `UPDATE graphile_worker._private_jobs SET locked_by = $1, locked_at = now() - make_interval(secs => $2) WHERE key = $1 RETURNING id`,
    [lockedBy, lockedSecondsAgo],
  );
  return rows[0].id as string;
}

async function lockOf(id: string): Promise<string | null> {
  return (await database.pool.query(`SELECT locked_by FROM graphile_worker._private_jobs WHERE id = $1`, [id])).rows[0].locked_by;
}

describe('worker liveness', () => {
  it('frees only the jobs of dead workers locked longer than the grace period', async () => {
    liveness.register('worker-alive');
    await expect.poll(async () => (await database.pool.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted`)).rows[0].n).toBeGreaterThan(0);
    const dead = await lockedJob('worker-dead', 120);
    const alive = await lockedJob('worker-alive', 120);
    const justLocked = await lockedJob('worker-dead-recent', 1);

    expect(await liveness.sweep()).toBe(1);
    expect(await lockOf(dead)).toBeNull();
    expect(await lockOf(alive)).toBe('worker-alive');
    expect(await lockOf(justLocked)).toBe('worker-dead-recent');
    expect(lost).toEqual([]);
  });
});
