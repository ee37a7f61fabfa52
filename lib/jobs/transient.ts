// PostgreSQL's refusals that say "try again": a deadlock (40P01) and a serialization failure
// (40001). Two processes that start at once on a new database (SCOUT_WEB_PROCESSES=2) both create
// the job queue's tables, queues and schedules, and PostgreSQL refuses one of them with a deadlock.
const TRANSIENT = new Set(["40P01", "40001"]);

/** `run`, tried again (`attempts` in all) while PostgreSQL refuses it as transient; other errors at once. */
export async function retryTransient<T>(what: string, run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (attempt >= attempts || typeof code !== "string" || !TRANSIENT.has(code)) throw err;
      console.warn(`[jobs] ${what}: ${(err as Error).message} (PostgreSQL ${code}): trying again`);
    }
  }
}
