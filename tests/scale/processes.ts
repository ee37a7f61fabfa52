// The real processes of a multi-instance Scout: web instances (`npm start`'s server.ts, jobs off) and
// workers (`npm run worker`), each with its output kept, and waits on the lines they print (signals,
// never timers).
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SERVER_NODE_FLAGS } from "../../lib/server/node-flags";

const ROOT = resolve(fileURLToPath(new URL(".", import.meta.url)), "../..");

export type Proc = { name: string; child: ChildProcess; output: () => string; waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>; exited: Promise<number | null> };

function start(name: string, args: string[], env: Record<string, string>): Proc {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let out = "";
  const waiters = new Set<() => void>();
  const onData = (b: Buffer) => {
    out += b.toString();
    if (process.env.SCALE_VERBOSE) process.stderr.write(`[${name}] ${b}`);
    for (const w of waiters) w();
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => { for (const w of waiters) w(); r(code); }));
  return {
    name,
    child,
    output: () => out,
    exited,
    waitFor(text, timeoutMs = 180_000) {
      const seen = () => (typeof text === "string" ? out.includes(text) : text.test(out));
      return new Promise<void>((ok, fail) => {
        const timer = setTimeout(() => { waiters.delete(check); fail(new Error(`${name}: no "${text}" within ${timeoutMs / 1000} s. Its output:\n${out.slice(-3000)}`)); }, timeoutMs);
        const check = () => {
          if (seen()) { clearTimeout(timer); waiters.delete(check); ok(); }
          else if (child.exitCode !== null || child.signalCode !== null) { clearTimeout(timer); waiters.delete(check); fail(new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before "${text}". Its output:\n${out.slice(-3000)}`)); }
        };
        waiters.add(check);
        check();
      });
    },
  };
}

export type Shared = { databaseUrl: string; replicaUrls: string; importDir: string; distDir: string; secret: string };

export async function startWeb(name: string, port: number, s: Shared): Promise<Proc> {
  const p = start(name, [...SERVER_NODE_FLAGS, "--import", "tsx", "server.ts", "-p", String(port), "-H", "127.0.0.1"], {
    DATABASE_URL: s.databaseUrl, DATABASE_REPLICA_URLS: s.replicaUrls, SCOUT_JOBS: "off", SCOUT_IMPORT_DIR: s.importDir,
    NEXT_DIST_DIR: s.distDir, NEXTAUTH_SECRET: s.secret, NEXTAUTH_URL: `http://127.0.0.1:${port}`, SCOUT_REPLICA_RETRY_MS: "60000",
  });
  await p.waitFor("Scout listening");
  return p;
}

export async function startWorker(name: string, s: Shared, extraEnv: Record<string, string> = {}): Promise<Proc> {
  const p = start(name, ["--import", "tsx", "scripts/worker.ts"], { DATABASE_URL: s.databaseUrl, SCOUT_IMPORT_DIR: s.importDir, ...extraEnv });
  await p.waitFor("[worker] ready");
  return p;
}

export async function kill(p: Proc, signal: NodeJS.Signals = "SIGKILL"): Promise<number | null> {
  if (p.child.exitCode === null && p.child.signalCode === null) {
    try {
      process.kill(signal === "SIGKILL" ? -p.child.pid! : p.child.pid!, signal);
    } catch {
      /* gone */
    }
  }
  return p.exited;
}
