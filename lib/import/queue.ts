// Background import jobs on pg-boss (a Postgres-backed queue): the browser flow enqueues, a worker in
// the app server runs lib/import/pipeline.ts. A job that dies with the process is retried by
// pg-boss and resumes from its last committed batch. The same worker deletes uploaded files no
// import needs any more (lib/import/retention.ts): once at start, then daily on a pg-boss schedule.
import PgBoss from "pg-boss";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { ImportFileError } from "./detect";
import { runImport } from "./pipeline";
import { FILE_CLEANUP_QUEUE, IMPORT_QUEUE } from "./queue-names";
import { cleanUpImportFiles, type CleanupResult } from "./retention";
import { failExhaustedImports, failImportJob, listActiveQueueJobs } from "@/lib/queries/import-runs";
import { sendInsightsRefresh, startInsightsWorker } from "@/lib/insights/queue";

export { FILE_CLEANUP_QUEUE, IMPORT_QUEUE };
const RETRY_LIMIT = 8;
/** Daily at 03:17 UTC (pg-boss creates one job per tick however many app instances run). */
export const FILE_CLEANUP_CRON = "17 3 * * *";

type Holder = { boss?: Promise<PgBoss>; worker?: Promise<string> };
const holder = globalThis as unknown as { scoutImportQueue?: Holder };
const state: Holder = (holder.scoutImportQueue ??= {});

/** Retries with backoff; a job running 30 minutes without finishing is handed back. */
const JOB_OPTIONS = { retryLimit: RETRY_LIMIT, retryDelay: 2, retryBackoff: true, expireInSeconds: 30 * 60 };

async function getBoss(): Promise<PgBoss> {
  state.boss ??= (async () => {
    const boss = new PgBoss({ connectionString: resolveDatabaseUrl(), max: 3 });
    boss.on("error", (err) => console.error("[import queue]", err.message));
    await boss.start();
    await boss.createQueue(IMPORT_QUEUE, { name: IMPORT_QUEUE, ...JOB_OPTIONS });
    return boss;
  })().catch((err) => {
    state.boss = undefined;
    throw err;
  });
  return state.boss;
}

export async function enqueueImport(importJobId: string): Promise<void> {
  const boss = await getBoss();
  await boss.send(IMPORT_QUEUE, { importJobId }, JOB_OPTIONS);
  // Normally already running (instrumentation.ts); a failure here is logged, the job waits in the queue.
  startImportWorker().catch((err: Error) => console.error("[import queue] worker did not start:", err.message));
}

/** Starts this process's worker once. On start, jobs left active by a dead process are handed back for retry. */
export function startImportWorker(): Promise<string> {
  state.worker ??= (async () => {
    const boss = await getBoss();
    // One app instance runs imports; anything still "active" at its start belonged to a process that died.
    const stale = await listActiveQueueJobs(IMPORT_QUEUE);
    if (stale.length) {
      await boss.fail(IMPORT_QUEUE, stale);
      await failExhaustedImports(IMPORT_QUEUE, stale);
    }
    const workerId = await boss.work<{ importJobId: string }>(IMPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async ([job]) => {
      if (!job) return;
      try {
        const counts = await runImport(job.data.importJobId);
        // Alerts and the dashboard summary, in their own job (lib/insights).
        if (counts.created + counts.updated + counts.unchanged > 0) await sendInsightsRefresh(boss);
      } catch (err) {
        if (err instanceof ImportFileError) return; // the job row says why; retrying cannot help
        if (job.retryCount >= job.retryLimit) {
          await failImportJob(job.data.importJobId, `Stopped after ${job.retryLimit} retries: ${(err as Error).message}`);
        }
        throw err;
      }
    });
    await startInsightsWorker(boss).catch((err: Error) => console.error("[insights] worker did not start:", err.message));
    await startFileCleanup(boss).catch((err: Error) => console.error("[import files] clean-up not scheduled:", err.message));
    return workerId;
  })().catch((err) => {
    state.worker = undefined;
    throw err;
  });
  return state.worker;
}

function logCleanup(r: CleanupResult): void {
  if (r.expired || r.orphans) {
    console.log(`[import files] deleted ${r.expired} file(s) of finished imports and ${r.orphans} unreferenced upload(s), ${(r.bytes / 1048576).toFixed(1)} MB`);
  }
}

/** The file clean-up: a daily pg-boss schedule and its worker, plus one run now (not awaited). */
async function startFileCleanup(boss: PgBoss): Promise<void> {
  await boss.createQueue(FILE_CLEANUP_QUEUE, { name: FILE_CLEANUP_QUEUE, retryLimit: 2, retryDelay: 300, expireInSeconds: 15 * 60 });
  await boss.schedule(FILE_CLEANUP_QUEUE, FILE_CLEANUP_CRON);
  await boss.work(FILE_CLEANUP_QUEUE, { batchSize: 1, pollingIntervalSeconds: 30 }, async () => {
    logCleanup(await cleanUpImportFiles());
  });
  cleanUpImportFiles().then(logCleanup, (err: Error) => console.error("[import files] clean-up failed:", err.message));
}

/** Queues a refresh of alerts and the dashboard summary (after a re-score); the worker (instrumentation.ts) runs it. */
export async function enqueueInsightsRefresh(): Promise<void> {
  await sendInsightsRefresh(await getBoss());
}

export async function stopImportQueue(): Promise<void> {
  const boss = await state.boss?.catch(() => undefined);
  state.boss = undefined;
  state.worker = undefined;
  await boss?.stop({ graceful: false, wait: true });
}
