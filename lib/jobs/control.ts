// What a background job checks between its batches: has this process been asked to stop (SIGTERM to
// the worker), and, in tests, the failpoint that holds an import after a given batch so that a test
// can kill the worker at a known point instead of racing a timer. No I/O here.
import { isShuttingDown, shutdownSignal } from "@/lib/server/shutdown";

/** Thrown at a batch boundary when the process is stopping: the job is handed back, not failed. */
export class JobReleasedError extends Error {
  constructor() {
    super("The worker stopped; the job was handed back at a batch boundary and resumes in the next worker.");
    this.name = "JobReleasedError";
  }
}

type Control = { stopping: boolean; onStop: Set<() => void> };
const control: Control = ((globalThis as unknown as { scoutJobControl?: Control }).scoutJobControl ??= { stopping: false, onStop: new Set() });

/** From now on, every running job stops at its next batch boundary. */
export function requestJobStop(): void {
  control.stopping = true;
  for (const wake of control.onStop) wake();
}

export function jobStopRequested(): boolean {
  return control.stopping || isShuttingDown();
}

/**
 * Called by a job after each batch it committed (`batches` so far). Throws JobReleasedError when the
 * process is stopping. With SCOUT_FAILPOINT_HOLD_AFTER_BATCH=N (tests only), the job prints
 * "[failpoint] holding after batch N" once N batches are committed and waits there until the process
 * is asked to stop (or is killed): a test stops or kills it at exactly that point.
 */
export async function atBatchBoundary(batches: number): Promise<void> {
  const hold = Number(process.env.SCOUT_FAILPOINT_HOLD_AFTER_BATCH ?? 0);
  if (hold > 0 && batches >= hold && !jobStopRequested()) {
    console.log(`[failpoint] holding after batch ${batches}`);
    await new Promise<void>((wake) => {
      control.onStop.add(wake);
      shutdownSignal().addEventListener("abort", () => wake(), { once: true });
    });
  }
  if (jobStopRequested()) throw new JobReleasedError();
}
