// A deterministic stop for tests and fault drills: SCOUT_IMPORT_FAILPOINT names the batch after whose
// commit the importer stops, instead of tests watching the progress for "past 5,000 rows" and racing it.
//   after-batch:N            the process kills itself (SIGKILL) once batch N has committed: a crash at a
//                            known point, from which the job must resume after batch N;
//   after-batch:N:pause=P    the importer writes P.reached once batch N has committed and waits until
//                            P.go exists (the test restarts the database meanwhile), then carries on.
// Unset (always, outside tests), it costs one comparison per batch.
import { existsSync, writeFileSync } from "node:fs";

export type Failpoint = { afterBatch: number; action: { kind: "kill" } | { kind: "pause"; path: string } };

export function parseFailpoint(value = process.env.SCOUT_IMPORT_FAILPOINT): Failpoint | null {
  const m = value?.match(/^after-batch:(\d+)(?::(kill|pause=(.+)))?$/);
  if (!m) return null;
  return { afterBatch: Number(m[1]), action: m[3] ? { kind: "pause", path: m[3] } : { kind: "kill" } };
}

/** Called with the number of batches committed so far (each count once). */
export async function reachFailpoint(committedBatches: number, fp: Failpoint | null = parseFailpoint()): Promise<void> {
  if (!fp || committedBatches !== fp.afterBatch) return;
  if (fp.action.kind === "kill") {
    process.kill(process.pid, "SIGKILL");
    await new Promise(() => {}); // never resumes: the signal ends the process
  }
  const { path } = fp.action as { path: string };
  writeFileSync(`${path}.reached`, String(committedBatches));
  // Waiting for a file another process writes: the test's signal, not a guess at a duration.
  while (!existsSync(`${path}.go`)) await new Promise((r) => setTimeout(r, 50));
}
