// Every background job of Scout, in one list: the worker (`npm run worker`, lib/jobs/worker.ts) and an
// app started with jobs on run exactly these. A new kind of job adds one entry: how to start it in this
// process, and how to stop it (running work released at a batch boundary, within `graceMs`).
import { onShutdown } from "@/lib/server/shutdown";
import { retryTransient } from "./transient";

export type BackgroundJobs = {
  name: string;
  start(): Promise<unknown>;
  stop(graceMs: number): Promise<void>;
};

export const BACKGROUND_JOBS: readonly BackgroundJobs[] = [
  {
    name: "imports (and the daily clean-up of uploaded files)",
    start: async () => (await import("@/lib/import/queue")).startImportWorker(),
    stop: async (graceMs) => (await import("@/lib/import/queue")).drainImportQueue(graceMs),
  },
  {
    name: "rate-limit housekeeping",
    start: async () => (await import("./housekeeping")).startHousekeeping(),
    stop: async () => (await import("./housekeeping")).stopHousekeeping(),
  },
];

/**
 * Starts every registered job in this process; a start that PostgreSQL refused as transient is tried
 * again (./transient.ts); one that still fails is logged, and the others run.
 */
export async function startBackgroundJobs(log: (m: string) => void = console.log, jobs: readonly BackgroundJobs[] = BACKGROUND_JOBS): Promise<number> {
  // On SIGTERM (server.ts or the worker raise the shutdown signal): running jobs are handed back at
  // their next batch boundary and the queues close, within the grace period.
  onShutdown(() => stopBackgroundJobs(Number(process.env.SCOUT_WORKER_GRACE_MS ?? 25_000)));
  let started = 0;
  for (const job of jobs) {
    try {
      await retryTransient(job.name, () => job.start());
      started++;
      log(`[jobs] ${job.name}: running`);
    } catch (err) {
      console.error(`[jobs] ${job.name}: did not start: ${(err as Error).message}`);
    }
  }
  return started;
}

export async function stopBackgroundJobs(graceMs: number): Promise<void> {
  await Promise.all(BACKGROUND_JOBS.map((j) => j.stop(graceMs).catch((err: Error) => console.error(`[jobs] ${j.name}: ${err.message}`))));
}
