// Background import jobs on the job queue (pg-boss, lib/queries/job-queue.ts): the browser flow
// enqueues, a worker runs lib/import/pipeline.ts through lib/import/resume.ts. The worker runs in the
// app server (instrumentation.ts) or any other process that calls startImportWorker(). A job whose
// process dies is retried and resumes from its last committed batch; a database restart is waited
// out inside the handler (the job resumes by itself once the database answers); a shutdown releases
// the job at a batch boundary (stopImportQueue). The same worker deletes uploaded files no import
// needs any more (lib/import/retention.ts): once at start, then daily.
import { jobQueue, listActiveQueueJobs, stopJobQueue, type PgBoss } from "@/lib/queries/job-queue";
import { failExhaustedImports, failImportJob } from "@/lib/queries/import-jobs";
import { ImportFileError } from "./detect";
import { ImportReleasedError } from "./pipeline";
import { FILE_CLEANUP_QUEUE, IMPORT_QUEUE } from "./queue-names";
import { ImportDatabaseDownError, failAfterDatabaseLoss, runImportToEnd } from "./resume";
import { cleanUpImportFiles, type CleanupResult } from "./retention";
import { onShutdown } from "@/lib/server/shutdown";

export { FILE_CLEANUP_QUEUE, IMPORT_QUEUE };
const RETRY_LIMIT = 8;
/** Daily at 03:17 UTC (pg-boss creates one job per tick however many app instances run). */
export const FILE_CLEANUP_CRON = "17 3 * * *";

/** Retries with backoff; a job running 30 minutes without finishing is handed back. */
const JOB_OPTIONS = { retryLimit: RETRY_LIMIT, retryDelay: 2, retryBackoff: true, expireInSeconds: 30 * 60 };
/**
 * How long a handler waits for a lost database before giving the job back: under the job's expiry,
 * because pg-boss 10 reports a handler's failure without awaiting it (manager.js `this.fail(...)` in
 * `onFetch`): a failure reported while the database is still down is lost (an unhandled ECONNRESET),
 * the job stays "active" and only its 30-minute expiry hands it back. So the handler never throws
 * while the database is down: it waits, resumes, and throws only once the database answers.
 */
const WORKER_DB_WAIT_MS = 25 * 60 * 1000;

type Holder = { worker?: Promise<string>; shutdown?: AbortController };
const state: Holder = ((globalThis as unknown as { scoutImportQueue?: Holder }).scoutImportQueue ??= {});

const importQueue = () => jobQueue({ [IMPORT_QUEUE]: JOB_OPTIONS });

export async function enqueueImport(importJobId: string): Promise<void> {
  const boss = await importQueue();
  await boss.send(IMPORT_QUEUE, { importJobId }, JOB_OPTIONS);
  // Normally already running (instrumentation.ts); a failure here is logged, the job waits in the queue.
  startImportWorker().catch((err: Error) => console.error("[import queue] worker did not start:", err.message));
}

/** One queue job: the import run to its end, through database restarts; never throws while the database is down. */
export async function runQueuedImport(importJobId: string, retry: { count: number; limit: number }, signal?: AbortSignal): Promise<void> {
  try {
    await runImportToEnd(importJobId, {
      signal, waitMs: WORKER_DB_WAIT_MS,
      onWait: (m) => console.error(`[import queue] import ${importJobId}: ${m}`),
    });
  } catch (err) {
    if (err instanceof ImportFileError) return; // the job row says why; retrying cannot help
    if (err instanceof ImportReleasedError) throw err; // handed back to the queue: another worker resumes it
    if (err instanceof ImportDatabaseDownError) {
      await failAfterDatabaseLoss(err);
      throw err;
    }
    if (retry.count >= retry.limit) await failImportJob(importJobId, `Stopped after ${retry.limit} retries: ${(err as Error).message}`).catch(() => {});
    throw err;
  }
}

/** Starts this process's worker once. On start, jobs left active by a dead process are handed back for retry. */
export function startImportWorker(): Promise<string> {
  state.worker ??= (async () => {
    const boss = await importQueue();
    const shutdown = (state.shutdown = new AbortController());
    // Anything still "active" at a worker's start belonged to a process that died (one worker runs imports per database).
    const stale = await listActiveQueueJobs(IMPORT_QUEUE);
    if (stale.length) {
      await boss.fail(IMPORT_QUEUE, stale);
      await failExhaustedImports(IMPORT_QUEUE, stale);
    }
    const workerId = await boss.work<{ importJobId: string }>(IMPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async ([job]) => {
      if (job) await runQueuedImport(job.data.importJobId, { count: job.retryCount, limit: job.retryLimit }, shutdown.signal);
    });
    await startFileCleanup(boss).catch((err: Error) => console.error("[import files] clean-up not scheduled:", err.message));
    // SIGTERM (server.ts, or a worker process's own handler): the import in progress lets go at its
    // next batch boundary, and the process waits for that (up to its grace period).
    const off = onShutdown(() => stopImportQueue({ release: true, timeoutMs: 20_000 }).finally(() => off()));
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

/** The file clean-up: a daily schedule and its worker, plus one run now (not awaited). */
async function startFileCleanup(boss: PgBoss): Promise<void> {
  await boss.createQueue(FILE_CLEANUP_QUEUE, { name: FILE_CLEANUP_QUEUE, retryLimit: 2, retryDelay: 300, expireInSeconds: 15 * 60 });
  await boss.schedule(FILE_CLEANUP_QUEUE, FILE_CLEANUP_CRON);
  await boss.work(FILE_CLEANUP_QUEUE, { batchSize: 1, pollingIntervalSeconds: 30 }, async () => {
    logCleanup(await cleanUpImportFiles());
  });
  cleanUpImportFiles().then(logCleanup, (err: Error) => console.error("[import files] clean-up failed:", err.message));
}

/**
 * Stops this process's worker. `release`: a shutdown hook's call: the import in progress lets go at
 * its next batch boundary (it is handed back to the queue and resumes there, in this or another
 * process) and the queue waits up to `timeoutMs` for that; without it, the queue stops at once.
 */
export async function stopImportQueue({ release = false, timeoutMs = 30_000 } = {}): Promise<void> {
  state.shutdown?.abort();
  state.shutdown = undefined;
  state.worker = undefined;
  await stopJobQueue({ graceful: release, timeoutMs });
}
