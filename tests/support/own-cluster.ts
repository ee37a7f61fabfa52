// A throwaway PostgreSQL cluster that a test owns, to stop and start at will ("the database is down")
// without touching the shared server. initdb into a temporary folder, run as the `postgres` OS user
// when we are root (PostgreSQL refuses to run as root), on a port of the caller's choosing; `stop()`
// and `start()` are pg_ctl's fast stop and start, `destroy()` stops it and deletes the folder.
// PG_BIN overrides where the server's programs are (default: PostgreSQL 15 on Debian).
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

function asPostgres(cmd: string, args: string[]): void {
  const root = process.getuid?.() === 0;
  const r = root ? spawnSync("runuser", ["-u", "postgres", "--", cmd, ...args], { encoding: "utf8" }) : spawnSync(cmd, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed (${r.status}): ${r.stderr || r.stdout}`);
}

/** The first port of [from, to] nothing listens on. */
export async function freePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const s = createServer();
      s.once("error", () => resolve(false));
      s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port in ${from}-${to}`);
}

export type OwnCluster = { port: number; url: (db?: string) => string; stop: () => void; start: () => void; destroy: () => void };

export function pgAvailable(): boolean {
  return existsSync(path.join(PG_BIN, "initdb"));
}

export function createOwnCluster(port: number): OwnCluster {
  const dir = mkdtempSync(path.join(tmpdir(), "scout-own-cluster-"));
  const data = path.join(dir, "data");
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  asPostgres(path.join(PG_BIN, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const opts = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -F -c max_connections=40`;
  const start = () => asPostgres(path.join(PG_BIN, "pg_ctl"), ["-D", data, "-o", opts, "-l", path.join(dir, "log"), "-w", "-t", "120", "start"]);
  const stop = () => asPostgres(path.join(PG_BIN, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "-t", "120", "stop"]);
  start();
  let gone = false;
  return {
    port,
    url: (db = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${db}`,
    start,
    stop,
    destroy: () => {
      if (gone) return;
      gone = true;
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A cluster as createOwnCluster makes it, with the app's migrations applied to its `postgres` database (the import restart tests, ports 5460-5469). */
export async function startOwnCluster(port: number): Promise<OwnCluster> {
  const { applyMigrations } = await import("../../lib/db/schema-engine");
  const c = createOwnCluster(port);
  try {
    await applyMigrations(c.url());
  } catch (err) {
    c.destroy();
    throw err;
  }
  return c;
}
