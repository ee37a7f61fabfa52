// Who is running a background job, told by PostgreSQL itself: a worker holds a session-level advisory
// lock keyed on the pg-boss job's id for as long as it runs the job, on a connection of its own. A
// process that dies loses its connection, and with it the lock, at once. So at start-up a worker can
// tell a job another live worker is running (lock held) from one a dead process left "active" (lock
// free), however many instances start at the same moment: the scan itself runs under a transaction
// lock, one instance at a time.
//
// Both use a connection of their own, outside the import pool: a job's run already takes pool
// connections, and a recovery waiting on the pool while holding one could wait for ever.
import pg from "pg";
import { resolveDatabaseUrl } from "@/lib/db/url";

async function ownConnection(): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: resolveDatabaseUrl() });
  c.on("error", () => {}); // a connection dying drops its locks; the next query says so
  await c.connect();
  return c;
}

/** The lock that serialises start-up recovery across instances (any fixed number of our own). */
const RECOVERY_LOCK = 7_340_022;
const keyOf = (queueJobId: string) => `scout-job:${queueJobId}`;

/**
 * After a database restart, what became of a job whose lock went with the old session: `held` (the
 * lock is ours again and the job still active), `elsewhere` (another worker holds it: a recovery handed
 * the job back while this one waited, and that worker runs it now), `gone` (handed back and not yet
 * taken, or finished: it is no longer this run's).
 */
export type Reclaimed = "held" | "elsewhere" | "gone";

export type HeldJobLock = {
  release(): Promise<void>;
  /** Claims the lock again after a reconnect (a no-op while the lock's own session survived). */
  reclaim(): Promise<Reclaimed>;
  /** Waits, up to `ms`, until whoever holds the lock lets it go (PostgreSQL wakes the waiter): true if they did. */
  waitForHolder(ms: number): Promise<boolean>;
};

const tryLock = async (c: pg.Client, queueJobId: string) =>
  (await c.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok`, [keyOf(queueJobId)])).rows[0]!.ok;
const isActive = async (c: pg.Client, queueJobId: string) =>
  (await c.query(`SELECT 1 FROM pgboss.job WHERE id = $1 AND state = 'active'`, [queueJobId])).rowCount === 1;

/**
 * Takes the job's lock on a connection held for the job's run, if no one else holds it and the
 * pg-boss job is still active (a recovery may have handed it back a moment before). Null otherwise:
 * the caller does not run the job.
 */
export async function claimJobLock(queueJobId: string): Promise<HeldJobLock | null> {
  let client = await ownConnection();
  try {
    const active = (await tryLock(client, queueJobId)) && (await isActive(client, queueJobId));
    if (!active) {
      await client.end();
      return null;
    }
  } catch (err) {
    await client.end().catch(() => {});
    throw err;
  }
  return {
    async release() {
      await client.end().catch(() => {}); // closing the session releases its lock
    },
    async reclaim() {
      // The lock's session survived (the fault was elsewhere): it still holds the lock (re-entrant).
      if (await tryLock(client, queueJobId).catch(() => false)) return "held";
      await client.end().catch(() => {});
      // A restart ended that session and its lock: from then on a recovery may hand the job to another worker.
      client = await ownConnection();
      if (!(await tryLock(client, queueJobId))) return "elsewhere";
      if (await isActive(client, queueJobId)) return "held";
      await client.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [keyOf(queueJobId)]);
      return "gone";
    },
    waitForHolder: (ms) => waitForJobLockHolder(queueJobId, ms),
  };
}

/**
 * Waits, up to `ms`, until no one holds the job's lock (at once when no one does); PostgreSQL wakes
 * the waiter when the holder lets go. True if it was let go, false on the timeout.
 */
export async function waitForJobLockHolder(queueJobId: string, ms: number): Promise<boolean> {
  const c = await ownConnection();
  try {
    await c.query(`SET lock_timeout = ${Math.max(1, Math.floor(ms))}`);
    await c.query(`SELECT pg_advisory_lock(hashtextextended($1, 0))`, [keyOf(queueJobId)]);
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === "55P03") return false; // lock_timeout
    throw err;
  } finally {
    await c.end().catch(() => {}); // the session's end lets the lock go again
  }
}

/**
 * Start-up recovery: the pg-boss jobs of `queue` left "active" by a process that is gone (no one holds
 * their lock), handed to `handBack` while their locks are held, so no worker claims one meanwhile.
 * Instances starting together take turns; each sees only what the ones before it left. `ours`: jobs
 * this process runs itself (a one-session server such as the embedded demo database cannot tell
 * sessions apart, so they are skipped by name too).
 */
export async function recoverOrphanedQueueJobs(queue: string, handBack: (queueJobIds: string[]) => Promise<void>, ours: ReadonlySet<string> = new Set()): Promise<string[]> {
  const client = await ownConnection();
  const orphans: string[] = [];
  try {
    await client.query("BEGIN");
    await client.query(`SELECT pg_advisory_xact_lock($1)`, [RECOVERY_LOCK]);
    const { rows: schema } = await client.query<{ ok: boolean }>(`SELECT to_regclass('pgboss.job') IS NOT NULL AS ok`);
    const { rows } = schema[0]!.ok // not before pg-boss made its schema
      ? await client.query<{ id: string }>(`SELECT id FROM pgboss.job WHERE name = $1 AND state = 'active'`, [queue])
      : { rows: [] as { id: string }[] };
    for (const { id } of rows) {
      if (ours.has(id)) continue;
      const { rows: got } = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok`, [keyOf(id)]);
      if (got[0]!.ok) orphans.push(id);
    }
    if (orphans.length) await handBack(orphans);
    for (const id of orphans) await client.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [keyOf(id)]);
    await client.query("COMMIT");
  } finally {
    await client.end().catch(() => {}); // also ends a transaction left open by an error
  }
  return orphans;
}
