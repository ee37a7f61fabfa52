// What GET /api/health reports: can the app's pool reach the database, and what the import queue
// (pg-boss's tables in the same database) holds. Nothing that names the server: no host, port,
// version or error text leaves this module, only states, counts and timings.
import "server-only";
import { pool } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/server/db-unavailable";

/** A check that takes longer than this counts as down (a server that accepts but never answers). */
export const HEALTH_TIMEOUT_MS = 3000;

export type DatabaseHealth = { status: "up" | "down"; latencyMs: number; reason?: "unreachable" | "timeout" | "error" };
export type QueueHealth =
  | { status: "up"; queued: number; active: number; retrying: number; oldestQueuedSeconds: number | null }
  | { status: "down"; reason: "unreachable" | "timeout" | "not_installed" | "error" };

class TimedOut extends Error {}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

const reasonOf = (err: unknown) => (err instanceof TimedOut ? "timeout" : isDatabaseUnavailable(err) ? "unreachable" : "error");

export async function checkDatabase(): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    await withTimeout(pool.query("SELECT 1"), HEALTH_TIMEOUT_MS);
    return { status: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    return { status: "down", latencyMs: Math.round(performance.now() - started), reason: reasonOf(err) };
  }
}

/** The queue `name`'s jobs by state; down when pg-boss's tables cannot be read (or were never made). */
export async function checkQueue(name: string): Promise<QueueHealth> {
  try {
    const { rows } = await withTimeout(
      pool.query<{ installed: boolean }>(`SELECT to_regclass('pgboss.job') IS NOT NULL AS installed`),
      HEALTH_TIMEOUT_MS,
    );
    if (!rows[0]?.installed) return { status: "down", reason: "not_installed" };
    const counts = await withTimeout(
      pool.query<{ queued: number; active: number; retrying: number; oldest: number | null }>(
        `SELECT count(*) FILTER (WHERE state = 'created')::int AS queued,
                count(*) FILTER (WHERE state = 'active')::int AS active,
                count(*) FILTER (WHERE state = 'retry')::int AS retrying,
                extract(epoch FROM now() - min(created_on) FILTER (WHERE state IN ('created', 'retry')))::float8 AS oldest
           FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
        [name],
      ),
      HEALTH_TIMEOUT_MS,
    );
    const c = counts.rows[0]!;
    return { status: "up", queued: c.queued, active: c.active, retrying: c.retrying, oldestQueuedSeconds: c.oldest === null ? null : Math.round(c.oldest) };
  } catch (err) {
    return { status: "down", reason: reasonOf(err) };
  }
}
