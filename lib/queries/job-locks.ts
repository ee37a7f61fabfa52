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

export type HeldJobLock = { release(): Promise<void> };

/**
 * Takes the job's lock on a connection held for the job's run, if no one else holds it and the
 * pg-boss job is still active (a recovery may have handed it back a moment before). Null otherwise:
 * the caller does not run the job.
 */
export async function claimJobLock(queueJobId: string): Promise<HeldJobLock | null> {
  const client = await ownConnection();
  try {
    const { rows } = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok`, [keyOf(queueJobId)]);
    const locked = rows[0]!.ok;
    const active = locked && (await client.query(`SELECT 1 FROM pgboss.job WHERE id = $1 AND state = 'active'`, [queueJobId])).rowCount === 1;
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
  };
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
