// Background import jobs on pg-boss (a Postgres-backed queue): the browser flow enqueues, a worker in
// the app server runs lib/import/pipeline.ts. A job that dies with the process is retried by
// pg-boss and resumes from its last committed batch.
import PgBoss from "pg-boss";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { ImportFileError } from "./detect";
import { runImport } from "./pipeline";
import { importPool } from "@/lib/queries/import-writer";

export const IMPORT_QUEUE = "scout-import";
const RETRY_LIMIT = 8;

type Holder = { boss?: Promise<PgBoss>; worker?: Promise<string> };
const holder = globalThis as unknown as { scoutImportQueue?: Holder };
const state: Holder = (holder.scoutImportQueue ??= {});

async function getBoss(): Promise<PgBoss> {
  state.boss ??= (async () => {
    const boss = new PgBoss({ connectionString: resolveDatabaseUrl(), max: 3 });
    boss.on("error", (err) => console.error("[import queue]", err.message));
    await boss.start();
    await boss.createQueue(IMPORT_QUEUE, { name: IMPORT_QUEUE, retryLimit: RETRY_LIMIT, retryDelay: 2, retryBackoff: true, expireInSeconds: 30 * 60 });
    return boss;
  })().catch((err) => {
    state.boss = undefined;
    throw err;
  });
  return state.boss;
}

export async function enqueueImport(importJobId: string): Promise<void> {
  const boss = await getBoss();
  await boss.send(IMPORT_QUEUE, { importJobId }, { retryLimit: RETRY_LIMIT, retryDelay: 2, retryBackoff: true, expireInSeconds: 30 * 60 });
  // Normally already running (instrumentation.ts); a failure here is logged, the job waits in the queue.
  startImportWorker().catch((err: Error) => console.error("[import queue] worker did not start:", err.message));
}

/** Starts this process's worker once. On start, jobs left active by a dead process are handed back for retry. */
export function startImportWorker(): Promise<string> {
  state.worker ??= (async () => {
    const boss = await getBoss();
    // One app instance runs imports; anything still "active" at its start belonged to a process that died.
    const { rows } = await importPool().query<{ id: string }>(`SELECT id FROM pgboss.job WHERE name = $1 AND state = 'active'`, [IMPORT_QUEUE]).catch(() => ({ rows: [] as { id: string }[] }));
    if (rows.length) {
      await boss.fail(IMPORT_QUEUE, rows.map((r) => r.id));
      await failExhausted(rows.map((r) => r.id));
    }
    return boss.work<{ importJobId: string }>(IMPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async ([job]) => {
      if (!job) return;
      try {
        await runImport(job.data.importJobId);
      } catch (err) {
        if (err instanceof ImportFileError) return; // the job row says why; retrying cannot help
        if (job.retryCount >= job.retryLimit) {
          await importPool().query(`UPDATE "ImportJob" SET status = 'failed', error = $2, "finishedAt" = now() WHERE id = $1`, [job.data.importJobId, `Stopped after ${job.retryLimit} retries: ${(err as Error).message}`]);
        }
        throw err;
      }
    });
  })().catch((err) => {
    state.worker = undefined;
    throw err;
  });
  return state.worker;
}

/** A job handed back with no retry left is not run again: say so on the import, or its page would show "running" forever. */
async function failExhausted(queueJobIds: string[]): Promise<void> {
  await importPool().query(
    `UPDATE "ImportJob" i SET status = 'failed', "finishedAt" = now(),
            error = 'The app stopped during this import ' || q.retry_count || ' times; it was not restarted again. Import the file again to finish it (rows already imported are kept).'
       FROM pgboss.job q
      WHERE q.name = $1 AND q.id = ANY($2::uuid[]) AND q.state = 'failed' AND i.id = q.data->>'importJobId' AND i.status IN ('queued', 'running')`,
    [IMPORT_QUEUE, queueJobIds],
  );
}

export async function stopImportQueue(): Promise<void> {
  const boss = await state.boss?.catch(() => undefined);
  state.boss = undefined;
  state.worker = undefined;
  await boss?.stop({ graceful: false, wait: true });
}
