// Background import jobs on pg-boss (a Postgres-backed queue): the browser flow enqueues, a worker
// (`npm run worker`, or the app server itself unless SCOUT_JOBS=off) runs lib/import/pipeline.ts. A job that dies with the process is retried by
// pg-boss and resumes from its last committed batch. The same worker deletes uploaded files no
// import needs any more (lib/import/retention.ts): once at start, then daily on a pg-boss schedule.
import PgBoss from "pg-boss";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { ImportFileError } from "./detect";
import { runImport } from "./pipeline";
import { FILE_CLEANUP_QUEUE, IMPORT_QUEUE } from "./queue-names";
import { cleanUpImportFiles, type CleanupResult } from "./retention";
import { failExhaustedImports, failImportJob } from "@/lib/queries/import-runs";
import { claimJobLock, recoverOrphanedQueueJobs } from "@/lib/queries/job-locks";
import { JobReleasedError } from "@/lib/jobs/control";
import { jobsRunInThisProcess } from "@/lib/jobs/config";
import { sendInsightsRefresh, startInsightsWorker } from "@/lib/insights/queue";

export { FILE_CLEANUP_QUEUE, IMPORT_QUEUE };
const RETRY_LIMIT = 8;
/** Daily at 03:17 UTC (pg-boss creates one job per tick however many app instances run). */
export const FILE_CLEANUP_CRON = "17 3 * * *";

type Holder = { boss?: Promise<PgBoss>; worker?: Promise<string>; recovery?: NodeJS.Timeout };
/** How often a worker looks for jobs that a dead process left "active". */
const RECOVERY_EVERY_MS = 30_000;
/** pg-boss jobs this process is running now (never taken for a dead process's). */
const runningHere = new Set<string>();
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
  // Where this process runs jobs, normally already running (instrumentation.ts); a failure here is
  // logged, the job waits in the queue. A web process with SCOUT_JOBS=off leaves it to `npm run worker`.
  if (jobsRunInThisProcess()) startImportWorker().catch((err: Error) => console.error("[import queue] worker did not start:", err.message));
}

/** Starts this process's worker once, with the recovery of jobs that dead processes left running. */
export function startImportWorker(): Promise<string> {
  state.worker ??= (async () => {
    const boss = await getBoss();
    await recoverImports(boss);
    // Another worker may die while this one lives: look again now and then, not only at start.
    state.recovery ??= setInterval(() => void recoverImports(boss).catch((err: Error) => console.error("[import queue] recovery failed:", err.message)), RECOVERY_EVERY_MS);
    state.recovery.unref();
    const workerId = await boss.work<{ importJobId: string }>(IMPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async ([job]) => {
      if (!job) return;
      // Held for the run: a live worker's job is never taken for a dead one's (lib/queries/job-locks.ts).
      const lock = await claimJobLock(job.id);
      if (!lock) return; // handed back a moment ago, or another worker runs it
      runningHere.add(job.id);
      try {
        const counts = await runImport(job.data.importJobId);
        console.log(`[import queue] import ${job.data.importJobId} finished (pid ${process.pid})`);
        // Alerts and the dashboard summary, in their own job (lib/insights).
        if (counts.created + counts.updated + counts.unchanged > 0) await sendInsightsRefresh(boss);
      } catch (err) {
        if (err instanceof ImportFileError) return; // the job row says why; retrying cannot help
        if (err instanceof JobReleasedError) {
          // Stopping: hand it back now (a retry), so the next worker need not wait for the expiry.
          await boss.fail(IMPORT_QUEUE, job.id, { message: err.message });
          return;
        }
        if (job.retryCount >= job.retryLimit) {
          await failImportJob(job.data.importJobId, `Stopped after ${job.retryLimit} retries: ${(err as Error).message}`);
        }
        throw err;
      } finally {
        runningHere.delete(job.id);
        await lock.release();
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
  clearInterval(state.recovery);
  state.recovery = undefined;
  await boss?.stop({ graceful: false, wait: true });
}

/**
 * A stopping worker: running imports were asked to stop at their next batch boundary
 * (requestJobStop); this waits up to `graceMs` for their handlers to hand them back, then closes.
 */
export async function drainImportQueue(graceMs: number): Promise<void> {
  const boss = await state.boss?.catch(() => undefined);
  state.boss = undefined;
  state.worker = undefined;
  clearInterval(state.recovery);
  state.recovery = undefined;
  await boss?.stop({ graceful: true, wait: true, timeout: graceMs });
}
