// `npm run worker`: a process that runs Scout's background jobs (lib/jobs/registry.ts) and serves no
// pages. Run any number of them beside web instances started with SCOUT_JOBS=off, against one
// PostgreSQL: pg-boss hands each job to one worker, and a job left by a worker that died is taken up by
// the next one to look (lib/queries/job-locks.ts).
//
// SIGTERM or SIGINT: running jobs stop at their next batch boundary and go back to the queue (another
// worker resumes them from their last committed batch), then the process exits 0. A second signal, or
// the grace period running out, ends it at once: still safe, as a batch commits whole or not at all.
import { beginShutdown } from "@/lib/server/shutdown";
import { requestJobStop } from "./control";
import { startBackgroundJobs } from "./registry";

/** How long a stopping worker waits for its jobs to reach a batch boundary. */
export const WORKER_GRACE_MS = Number(process.env.SCOUT_WORKER_GRACE_MS ?? 30_000);

type ShutdownHook = () => Promise<void> | void;
const hooks: ShutdownHook[] = [];

/** Something to close after the jobs have stopped (pools, servers): run in the order added. */
export function onWorkerShutdown(hook: ShutdownHook): void {
  hooks.push(hook);
}

export async function runWorker(): Promise<void> {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      console.log(`[worker] ${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    console.log(`[worker] ${signal}: handing running jobs back at their next batch boundary`);
    requestJobStop();
    // The process-wide shutdown (lib/server/shutdown.ts): the registry's hook stops every job.
    await beginShutdown(signal, WORKER_GRACE_MS);
    for (const hook of hooks) await Promise.resolve(hook()).catch((err: Error) => console.error("[worker] on shutdown:", err.message));
    console.log("[worker] stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  const started = await startBackgroundJobs();
  if (!started) throw new Error("No background job could start: is the database reachable (DATABASE_URL)?");
  console.log(`[worker] ready (pid ${process.pid}): ${started} kind(s) of job`);
}
