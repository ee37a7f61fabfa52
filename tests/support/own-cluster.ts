// A throwaway PostgreSQL cluster that a test owns, to stop and start under a running import (the
// shared server on 5432 is never touched). initdb into a temp folder as the `postgres` OS user (the
// tests run as root, which PostgreSQL refuses), on a port of this suite's range, trust auth, fsync off.
import { execFileSync } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { applyMigrations } from "../../lib/db/schema-engine";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export type OwnCluster = { url: string; port: number; stop: () => void; start: () => void; destroy: () => void };

function asPostgres(cmd: string, args: string[]): void {
  const root = userInfo().uid === 0;
  execFileSync(root ? "runuser" : `${BIN}/${cmd}`, root ? ["-u", "postgres", "--", `${BIN}/${cmd}`, ...args] : args, { stdio: "pipe", timeout: 120_000 });
}

/** A migrated cluster on `port` (5460-5469 for the import tests), its `postgres` database at `url`. */
export async function startOwnCluster(port: number): Promise<OwnCluster> {
  const dir = mkdtempSync(join(tmpdir(), "scout-imports-pg-"));
  const data = join(dir, "data");
  if (userInfo().uid === 0) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString().trim()), Number(execFileSync("id", ["-g", "postgres"]).toString().trim()));
  asPostgres("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  const start = () => asPostgres("pg_ctl", ["-D", data, "-o", opts, "-l", join(dir, "log"), "-w", "-t", "60", "start"]);
  const stop = () => asPostgres("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "60", "stop"]);
  start();
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  await applyMigrations(url);
  return {
    url, port, stop, start,
    destroy: () => {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
