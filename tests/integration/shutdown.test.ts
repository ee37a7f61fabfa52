// Issue 20: on SIGTERM the server exited in 0.3 s and reset the requests in flight, and under
// `npm start` SIGTERM left the node process orphaned and still serving. server.ts's graceful stop
// (lib/server/graceful.ts) runs here in a child process around a request the test holds open, and
// the package's own start script is run by npm. Every step waits for a line the child prints, never
// for a clock; the only timer is the grace period of the "cut" case.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { alive } from "../support/alive";

const ROOT = process.cwd();
const FIXTURE = path.join(ROOT, "tests/support/graceful-server.ts");

type Child = { proc: ChildProcessWithoutNullStreams; out: string[]; line: (re: RegExp) => Promise<string>; exited: Promise<number | null> };
const started: Child[] = [];
const orphans: number[] = [];

function watch(proc: ChildProcessWithoutNullStreams): Child {
  const out: string[] = [];
  const waiters: { re: RegExp; resolve: (l: string) => void }[] = [];
  const onText = (chunk: Buffer) => {
    for (const l of chunk.toString().split("\n").filter(Boolean)) {
      out.push(l);
      for (const w of waiters.filter((w) => w.re.test(l))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(l);
      }
    }
  };
  proc.stdout.on("data", onText);
  proc.stderr.on("data", onText);
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  const line = (re: RegExp) => {
    const seen = out.find((l) => re.test(l));
    return seen ? Promise.resolve(seen) : new Promise<string>((resolve) => waiters.push({ re, resolve }));
  };
  const child = { proc, out, line, exited };
  started.push(child);
  return child;
}

function startFixture(env: Record<string, string> = {}): Child {
  return watch(spawn(process.execPath, ["--import", "tsx", FIXTURE], { cwd: ROOT, env: { ...process.env, ...env } }));
}

function get(port: number, pathName: string): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path: pathName, agent: false }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      res.on("error", (e) => resolve({ error: (e as NodeJS.ErrnoException).code ?? e.message }));
    });
    req.on("error", (e) => resolve({ error: (e as NodeJS.ErrnoException).code ?? e.message }));
    req.end();
  });
}

const portOf = (l: string) => Number(/listening (\d+)/.exec(l)![1]);
const pidOf = (l: string) => Number(/pid (\d+)/.exec(l)![1]);

afterEach(() => {
  for (const c of started.splice(0)) if (c.proc.exitCode === null) c.proc.kill("SIGKILL");
  for (const pid of orphans.splice(0)) if (alive(pid)) process.kill(pid, "SIGKILL");
});

describe("SIGTERM", () => {
  it("lets the request in flight finish, refuses new connections, waits for the import worker's hook, then exits 0", async () => {
    const c = startFixture({ SCOUT_SHUTDOWN_GRACE_MS: "120000" });
    const port = portOf(await c.line(/listening/));
    const slow = get(port, "/slow");
    await c.line(/in-flight/);
    c.proc.kill("SIGTERM");
    await c.line(/SIGTERM: finishing 1 request/);
    await c.line(/hook: SIGTERM/);
    expect(await get(port, "/")).toEqual({ error: "ECONNREFUSED" });
    c.proc.stdin.write("release\n");
    expect(await slow).toEqual({ status: 200, body: "finished after SIGTERM" });
    // The response is done, but the worker has not released its job: the process is still there.
    expect(c.proc.exitCode).toBeNull();
    c.proc.stdin.write("hook\n");
    expect(await c.exited).toBe(0);
    expect(c.out.join("\n")).toMatch(/hook: released[\s\S]*stopped in/);
  });

  it("cuts what is still open when the grace period ends, and says so (exit 1)", async () => {
    const c = startFixture({ SCOUT_SHUTDOWN_GRACE_MS: "300", FIXTURE_HOOK: "off" });
    const port = portOf(await c.line(/listening/));
    const slow = get(port, "/slow");
    await c.line(/in-flight/);
    c.proc.kill("SIGTERM");
    expect(await c.exited).toBe(1);
    expect(await slow).toHaveProperty("error");
    expect(c.out.join("\n")).toMatch(/grace period over: cutting 1 request/);
  });

  it("reaches the server through `npm start`: npm passes it on and exits after the server, leaving no orphan", async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: { start: string } };
    expect(pkg.scripts.start).toMatch(/server\.ts/);
    const dir = mkdtempSync(path.join(tmpdir(), "scout-npm-start-"));
    try {
      symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
      // The package's own start script, with the stand-in in place of server.ts.
      writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "npm-start-probe", private: true, scripts: { start: pkg.scripts.start.replace(/server\.ts/, FIXTURE) } }));
      const npm = watch(spawn("npm", ["start", "--silent"], { cwd: dir, env: { ...process.env, FIXTURE_HOOK: "off", SCOUT_SHUTDOWN_GRACE_MS: "120000" } }));
      const serverPid = pidOf(await npm.line(/listening/));
      orphans.push(serverPid);
      npm.proc.kill("SIGTERM");
      await npm.exited;
      // npm is gone: the server must have had the signal (its graceful stop ran) and be gone too.
      expect(npm.out.join("\n")).toMatch(/> SIGTERM: finishing/);
      expect(alive(serverPid)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
