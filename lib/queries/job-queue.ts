// The job queue (pg-boss, a queue in PostgreSQL): one instance per process on the app's database,
// held here with the rest of the database code (the lint rule's database group includes pg-boss).
// What runs an import: lib/import/queue.ts; who holds a job: lib/queries/job-locks.ts.
import PgBoss from "pg-boss";
import { resolveDatabaseUrl } from "@/lib/db/url";

export type { PgBoss };
export type QueueOptions = { retryLimit: number; retryDelay: number; retryBackoff: boolean; expireInSeconds: number };

type Holder = { boss?: Promise<PgBoss> };
const state: Holder = ((globalThis as unknown as { scoutJobQueue?: Holder }).scoutJobQueue ??= {});

/** This process's queue, started once, with `queues` created (idempotent). */
export async function jobQueue(queues: Record<string, QueueOptions> = {}): Promise<PgBoss> {
  state.boss ??= (async () => {
    const boss = new PgBoss({ connectionString: resolveDatabaseUrl(), max: 3 });
    boss.on("error", (err) => console.error("[job queue]", err.message));
    await boss.start();
    return boss;
  })().catch((err) => {
    state.boss = undefined;
    throw err;
  });
  const boss = await state.boss;
  for (const [name, options] of Object.entries(queues)) await boss.createQueue(name, { name, ...options });
  return boss;
}

/** Stops this process's queue: `graceful` waits (up to `timeoutMs`) for running handlers to return. */
export async function stopJobQueue({ graceful = false, timeoutMs = 30_000 } = {}): Promise<void> {
  const boss = await state.boss?.catch(() => undefined);
  state.boss = undefined;
  await boss?.stop({ graceful, wait: true, timeout: timeoutMs });
}

