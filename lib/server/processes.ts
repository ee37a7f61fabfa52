// Several server processes on one port (node:cluster), so that one machine's cores all answer:
// each Node.js process runs JavaScript on one thread, and search scans its catalog there
// (docs/search.md, "The scan"). SCOUT_WEB_PROCESSES=N starts N; the default, 1, is one process and
// no cluster. The primary only forks, replaces a worker that dies, and passes SIGTERM/SIGINT on:
// each worker then stops gracefully (./graceful.ts) and the primary exits when the last has. Each
// worker holds its own catalog (memory x N: docs/deployment.md); shared state is in PostgreSQL.
import cluster from "node:cluster";

/** SCOUT_WEB_PROCESSES as a whole number from 1 to 64 (1 when unset); anything else is an error. */
export function webProcesses(env: Record<string, string | undefined> = process.env): number {
  const raw = env.SCOUT_WEB_PROCESSES;
  if (raw === undefined || raw === "") return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`SCOUT_WEB_PROCESSES must be a whole number from 1 to 64, not "${raw}"`);
  return n;
}

/**
 * With n > 1 in the primary: forks n workers and supervises them (never returns control to `serve`).
 * Otherwise (n = 1, or in a worker) runs `serve`.
 */
export function runProcesses(n: number, serve: () => void, log: (line: string) => void = (l) => console.log(l)): void {
  if (n <= 1 || !cluster.isPrimary) {
    serve();
    return;
  }
  let stopping = false;
  const fork = () => cluster.fork();
  for (let i = 0; i < n; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    log(`> web process ${worker.process.pid} exited (${signal ?? code}): starting another`);
    fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    const workers = Object.values(cluster.workers ?? {});
    if (stopping) {
      log(`> ${signal} again: stopping ${workers.length} web process(es) now`);
      for (const w of workers) w?.process.kill("SIGKILL");
      process.exit(1);
    }
    stopping = true;
    log(`> ${signal}: passing it to ${workers.length} web process(es)`);
    for (const w of workers) w?.process.kill(signal);
    if (workers.length === 0) process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  log(`> ${n} web processes on one port (SCOUT_WEB_PROCESSES)`);
}
