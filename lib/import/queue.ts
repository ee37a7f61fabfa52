// Background import jobs on the job queue (pg-boss, lib/queries/job-queue.ts): the browser flow
// enqueues, a worker (`npm run worker`, or the app server itself unless SCOUT_JOBS=off) runs
// lib/import/pipeline.ts through lib/import/resume.ts. A job whose process dies is retried and resumes
// from its last committed batch (jobs a dead process left "active" are found by their free advisory
// lock, lib/queries/job-locks.ts); a database restart is waited out inside the handler (the job
// resumes by itself once the database answers); a shutdown releases the job at a batch boundary
// (stopImportQueue, drainImportQueue). The same worker deletes uploaded files no import needs any
// more (lib/import/retention.ts): once at start, then daily.
import { jobQueue, stopJobQueue, type PgBoss } from "@/lib/queries/job-queue";
import { failExhaustedImports } from "@/lib/queries/import-jobs";
import { claimJobLock, recoverOrphanedQueueJobs, waitForJobLockHolder, type HeldJobLock, type Reclaimed } from "@/lib/queries/job-locks";
import { JobReleasedError } from "@/lib/jobs/control";
import { jobsRunInThisProcess } from "@/lib/jobs/config";
import { retryTransient } from "@/lib/jobs/transient";
import { sendInsightsRefresh, startInsightsWorker } from "@/lib/insights/queue";
import { onShutdown } from "@/lib/server/shutdown";
import { ImportFileError } from "./detect";
import { ImportReleasedError, type ImportCounts } from "./pipeline";
import { FILE_CLEANUP_QUEUE, IMPORT_QUEUE } from "./queue-names";
import { errorReason } from "./error-reason";
import { ImportDatabaseDownError, failAfterDatabaseLoss, failImport, runImportToEnd } from "./resume";
import { cleanUpImportFiles, type CleanupResult } from "./retention";

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
/** The longest a handler waits for another worker's hold on its job: under the handler's expiry. */
const HOLDER_WAIT_MS = (JOB_OPTIONS.expireInSeconds - 120) * 1000;
/** How often a worker looks for jobs that a dead process left "active". */
const RECOVERY_EVERY_MS = 30_000;
/** pg-boss jobs this process is running now (never taken for a dead process's). */
const runningHere = new Set<string>();

type Holder = { worker?: Promise<string>; shutdown?: AbortController; recovery?: NodeJS.Timeout };
const state: Holder = ((globalThis as unknown as { scoutImportQueue?: Holder }).scoutImportQueue ??= {});

const importQueue = () => jobQueue({ [IMPORT_QUEUE]: JOB_OPTIONS });

export async function enqueueImport(importJobId: string): Promise<void> {
  const boss = await importQueue();
  await boss.send(IMPORT_QUEUE, { importJobId }, JOB_OPTIONS);
  // Where this process runs jobs, normally already running (instrumentation.ts); a failure here is
  // logged, the job waits in the queue. A web process with SCOUT_JOBS=off leaves it to `npm run worker`.
  if (jobsRunInThisProcess()) startImportWorker().catch((err: Error) => console.error("[import queue] worker did not start:", err.message));
}

/** After a database restart the job's lock could not be claimed again: the job is another worker's now. */
export class JobLockLostError extends Error {
  constructor(readonly importJobId: string, readonly reclaimed: Exclude<Reclaimed, "held">) {
    super(reclaimed === "elsewhere"
      ? "another worker holds this job's lock (the job was handed back while the database was down): this worker stops its run"
      : "the job was handed back to the queue while the database was down: this worker stops its run");
    this.name = "JobLockLostError";
  }
}

/** A run that let go of its job at a batch boundary (this process is stopping): the job goes back to the queue. */
const released = (err: unknown) => err instanceof ImportReleasedError || err instanceof JobReleasedError;

/**
 * One queue job: the import run to its end, through database restarts; never throws while the
 * database is down. Its counts, or null when the file itself failed (the job row says why).
 */
export async function runQueuedImport(importJobId: string, retry: { count: number; limit: number }, signal?: AbortSignal, lock?: HeldJobLock): Promise<ImportCounts | null> {
  try {
    return await runImportToEnd(importJobId, {
      signal, waitMs: WORKER_DB_WAIT_MS,
      onWait: (m) => console.error(`[import queue] import ${importJobId}: ${m}`),
      // The restart ended the session that held the job's lock: claim it again before resuming, so
      // that a job a recovery handed to another worker meanwhile never runs twice.
      beforeResume: lock && (async () => {
        const r = await lock.reclaim();
        if (r !== "held") throw new JobLockLostError(importJobId, r);
      }),
    });
  } catch (err) {
    if (err instanceof ImportFileError) return null; // the job row says why; retrying cannot help
    if (released(err) || err instanceof JobLockLostError) throw err; // another worker resumes it
    if (err instanceof ImportDatabaseDownError) {
      await failAfterDatabaseLoss(err);
      throw err;
    }
    if (retry.count >= retry.limit) await failImport(importJobId, `Stopped after ${retry.limit} retries: ${errorReason(err)}`);
    throw err;
  }
}

/** Starts this process's worker once, with the recovery of jobs that dead processes left running. */
export function startImportWorker(): Promise<string> {
  state.worker ??= (async () => {
    const boss = await importQueue();
    const shutdown = (state.shutdown = new AbortController());
    await recoverImports(boss);
    // Another worker may die while this one lives: look again now and then, not only at start.
    state.recovery ??= setInterval(() => void recoverImports(boss).catch((err: Error) => console.error("[import queue] recovery failed:", err.message)), RECOVERY_EVERY_MS);
    state.recovery.unref();
    const workerId = await boss.work<{ importJobId: string }>(IMPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async ([job]) => {
      if (!job) return;
      // Held for the run: a live worker's job is never taken for a dead one's (lib/queries/job-locks.ts).
      const lock = await claimJobLock(job.id);
      // Handed back a moment ago, or another worker runs it: this handler's report (by the job's id)
      // must not end that worker's run, so it returns once the holder has let go (at once if no one holds it).
      if (!lock) return void (await waitForJobLockHolder(job.id, HOLDER_WAIT_MS));
      runningHere.add(job.id);
      const started = Date.now();
      try {
        const counts = await runQueuedImport(job.data.importJobId, { count: job.retryCount, limit: job.retryLimit }, shutdown.signal, lock);
        if (!counts) return;
        console.log(`[import queue] import ${job.data.importJobId} finished (pid ${process.pid})`);
        // Alerts and the dashboard summary, in their own job (lib/insights).
        if (counts.created + counts.updated + counts.unchanged > 0) await sendInsightsRefresh(boss);
      } catch (err) {
        // Stopping: hand it back now (a retry), so the next worker need not wait for the expiry.
        if (released(err)) await boss.fail(IMPORT_QUEUE, job.id, { message: (err as Error).message });
        else if (err instanceof JobLockLostError) await letGo(err, lock, started);
        else throw err;
      } finally {
        runningHere.delete(job.id);
        await lock.release();
      }
    });
    await retryTransient("insights", () => startInsightsWorker(boss)).catch((err: Error) => console.error("[insights] worker did not start:", err.message));
    await retryTransient("import files' clean-up", () => startFileCleanup(boss)).catch((err: Error) => console.error("[import files] clean-up not scheduled:", err.message));
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

/**
 * This worker lost its job to another during a database restart. pg-boss reports a handler's outcome
 * by the job's id alone, and the other worker runs the same id: completing or failing it now would
 * end the other worker's run in the queue. So the handler stops importing at once, then waits until
 * the other worker lets go of the lock (PostgreSQL wakes it; bounded by the handler's own expiry),
 * when the job is completed, retried or failed by its runner and this handler's report changes nothing.
 */
async function letGo(err: JobLockLostError, lock: HeldJobLock, started: number): Promise<void> {
  console.error(`[import queue] import ${err.importJobId}: ${err.message}`);
  if (err.reclaimed !== "elsewhere") return;
  const left = HOLDER_WAIT_MS - (Date.now() - started);
  if (left > 0 && !(await lock.waitForHolder(left))) console.error(`[import queue] import ${err.importJobId}: the other worker still runs it; this worker's handler ends before its expiry`);
}

/** Jobs left "active" by a process that is gone go back to the queue (a retry); one with no retry left fails its import. */
async function recoverImports(boss: PgBoss): Promise<void> {
  await recoverOrphanedQueueJobs(IMPORT_QUEUE, async (ids) => {
    await boss.fail(IMPORT_QUEUE, ids);
    await failExhaustedImports(IMPORT_QUEUE, ids);
  }, runningHere);
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

/** Queues a refresh of alerts and the dashboard summary (after a re-score); the worker runs it. */
export async function enqueueInsightsRefresh(): Promise<void> {
  await sendInsightsRefresh(await importQueue());
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
  clearInterval(state.recovery);
  state.recovery = undefined;
  await stopJobQueue({ graceful: release, timeoutMs });
}

/**
 * A stopping worker (lib/jobs/registry.ts): running imports stop at their next batch boundary and are
 * handed back; this waits up to `graceMs` for their handlers, then closes the queue.
 */
export async function drainImportQueue(graceMs: number): Promise<void> {
  await stopImportQueue({ release: true, timeoutMs: graceMs });
}
