// Throwaway PostgreSQL clusters for the scale check: a primary (wal_level=replica, pg_stat_statements)
// and a hot standby made from it with `pg_basebackup -R`, each in a temp folder on a port of its own,
// stopped and deleted afterwards. Never the machine's own server. As root, the server runs as the
// `postgres` OS user (PostgreSQL refuses root).
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function pgBin(): string {
  if (process.env.SCALE_PG_BIN) return process.env.SCALE_PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length) return join(root, versions[0]!, "bin");
  try {
    return execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("No PostgreSQL server binaries found: install PostgreSQL or set SCALE_PG_BIN to its bin folder.");
  }
}

const asRoot = process.getuid?.() === 0;
function run(tool: string, args: string[]): string {
  const bin = join(pgBin(), tool);
  const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  return execFileSync(cmd, argv, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

export type Cluster = { dir: string; port: number; url: (db?: string) => string; stop(): void; start(): void };

function makeDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (asRoot) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })), Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })));
  return dir;
}

function cluster(dir: string, port: number): Cluster {
  const data = join(dir, "data");
  const c: Cluster = {
    dir,
    port,
    url: (db = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${db}`,
    start: () => void run("pg_ctl", ["-D", data, "-l", join(dir, "server.log"), "-w", "-t", "120", "start"]),
    stop: () => {
      try {
        run("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "120", "stop"]);
      } catch {
        /* already stopped */
      }
    },
  };
  return c;
}

const SERVER_OPTS = (port: number, socketDir: string) => [
  `port = ${port}`, "listen_addresses = '127.0.0.1'", `unix_socket_directories = '${socketDir}'`,
  "wal_level = replica", "max_wal_senders = 5", "hot_standby = on", "shared_preload_libraries = 'pg_stat_statements'",
  // A throwaway cluster: no durability needed, and a busy machine has little to spare.
  "fsync = off", "synchronous_commit = off", "full_page_writes = off", "shared_buffers = 64MB", "max_connections = 100",
].join("\n");

/** A new primary on `port`, running. */
export function startPrimary(port: number): Cluster {
  const dir = makeDir("scout-scale-primary-");
  const data = join(dir, "data");
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  execFileSync("sh", ["-c", `cat >> '${data}/postgresql.conf' <<'EOF'\n${SERVER_OPTS(port, dir)}\nEOF`]);
  const c = cluster(dir, port);
  c.start();
  return c;
}

/** A hot standby of `primary` on `port` (pg_basebackup -R: it streams from the primary), running. */
export function startStandby(primary: Cluster, port: number): Cluster {
  const dir = makeDir("scout-scale-standby-");
  const data = join(dir, "data");
  run("pg_basebackup", ["-h", "127.0.0.1", "-p", String(primary.port), "-U", "postgres", "-D", data, "-R", "-X", "stream", "-c", "fast"]);
  execFileSync("sh", ["-c", `cat >> '${data}/postgresql.conf' <<'EOF'\nport = ${port}\nunix_socket_directories = '${dir}'\nEOF`]);
  const c = cluster(dir, port);
  c.start();
  return c;
}

export function removeCluster(c: Cluster): void {
  c.stop();
  rmSync(c.dir, { recursive: true, force: true });
}
