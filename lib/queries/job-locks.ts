// Who is running a background job, told by PostgreSQL itself: a worker holds a session-level advisory
// lock keyed on the pg-boss job's id for as long as it runs the job, on a connection of its own. A
// process that dies loses its connection, and with it the lock, at once. So at start-up a worker can
// tell a job another live worker is running (lock held) from one a dead process left "active" (lock
// free), however many instances start at the same moment: the scan itself runs under a transaction
// lock, one instance at a time.
import type pg from "pg";
import { importPool } from "./import-writer";

/** The lock that serialises start-up recovery across instances (any fixed number of our own). */
const RECOVERY_LOCK = 7_340_022;
const keyOf = (queueJobId: string) => `scout-job:${queueJobId}`;

export type HeldJobLock = { release(): Promise<void> };

/**
 * Takes the job's lock on a connection held for the job's run, if no one else holds it and the
 * pg-boss job is still active (a recovery may have handed it back a moment before). Null otherwise:
 * the caller does not run the job.
 */
export async function claimJobLock(queueJobId: string): Promise<HeldJobLock | null> {
  const client = await importPool().connect();
  let locked = false;
  try {
    const { rows } = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok`, [keyOf(queueJobId)]);
    locked = rows[0]!.ok;
    const active = locked && (await client.query(`SELECT 1 FROM pgboss.job WHERE id = $1 AND state = 'active'`, [queueJobId])).rowCount === 1;
    if (!active) {
      if (locked) await client.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [keyOf(queueJobId)]);
      client.release();
      return null;
    }
  } catch (err) {
    client.release(true);
    throw err;
  }
  return {
    async release() {
      try {
        await client.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [keyOf(queueJobId)]);
        client.release();
      } catch {
        client.release(true); // a broken connection: dropping it drops the lock too
      }
    },
  };
}

/**
 * Start-up recovery: the pg-boss jobs of `queue` left "active" by a process that is gone (no one holds
 * their lock), handed to `handBack` while their locks are held, so no worker claims one meanwhile.
 * Instances starting together take turns; each sees only what the ones before it left.
 */
export async function recoverOrphanedQueueJobs(queue: string, handBack: (queueJobIds: string[]) => Promise<void>): Promise<string[]> {
  const client: pg.PoolClient = await importPool().connect();
  const orphans: string[] = [];
  try {
    await client.query("BEGIN");
    await client.query(`SELECT pg_advisory_xact_lock($1)`, [RECOVERY_LOCK]);
    const { rows: schema } = await client.query<{ ok: boolean }>(`SELECT to_regclass('pgboss.job') IS NOT NULL AS ok`);
    const { rows } = schema[0]!.ok // not before pg-boss made its schema
      ? await client.query<{ id: string }>(`SELECT id FROM pgboss.job WHERE name = $1 AND state = 'active'`, [queue])
      : { rows: [] as { id: string }[] };
    for (const { id } of rows) {
      const { rows: got } = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok`, [keyOf(id)]);
      if (got[0]!.ok) orphans.push(id);
    }
    if (orphans.length) await handBack(orphans);
    for (const id of orphans) await client.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [keyOf(id)]);
    await client.query("COMMIT");
    client.release();
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    client.release(true);
    throw err;
  }
  return orphans;
}
