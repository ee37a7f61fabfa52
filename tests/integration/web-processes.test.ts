// SCOUT_WEB_PROCESSES (lib/server/processes.ts): N server processes share one port, a worker that
// dies is replaced, and SIGTERM to the primary stops every worker gracefully. Run on a stand-in
// server (tests/support/processes-server.ts) in a child process; every step waits for a line it
// prints or for a request's answer, never for a clock.
import { spawn } from "node:child_process";
import { request } from "node:http";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { alive } from "../support/alive";
import { webProcesses } from "@/lib/server/processes";
import { freePort } from "../support/own-cluster";

const FIXTURE = path.join(process.cwd(), "tests/support/processes-server.ts");
const children: number[] = [];
afterEach(() => {
  for (const pid of children.splice(0)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      /* gone */
    }
  }
});

const get = (port: number) =>
  new Promise<string>((resolve, reject) => {
    // agent: false: a new connection each time, so the cluster hands each to the next worker.
    const req = request({ host: "127.0.0.1", port, path: "/", agent: false }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve(body));
    });
    req.on("error", reject);
    req.end();
  });


describe("several web processes on one port", () => {
  it("reads SCOUT_WEB_PROCESSES as a whole number from 1 to 64", () => {
    expect(webProcesses({})).toBe(1);
    expect(webProcesses({ SCOUT_WEB_PROCESSES: "2" })).toBe(2);
    for (const bad of ["0", "-1", "1.5", "two", "65"]) expect(() => webProcesses({ SCOUT_WEB_PROCESSES: bad }), bad).toThrow(/whole number from 1 to 64/);
  });

  it("answers from every process, replaces one that dies, and stops them all on SIGTERM", async () => {
    const port = await freePort(4800, 4899);
    const proc = spawn(process.execPath, ["--import", "tsx", FIXTURE], { env: { ...process.env, SCOUT_WEB_PROCESSES: "2", PORT: String(port) } });
    children.push(proc.pid!);
    const lines: string[] = [];
    const waiters: { re: RegExp; n: number; resolve: () => void }[] = [];
    const onText = (chunk: Buffer) => {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      for (const w of [...waiters]) if (lines.filter((l) => w.re.test(l)).length >= w.n) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    };
    proc.stdout.on("data", onText);
    proc.stderr.on("data", onText);
    const seen = (re: RegExp, n = 1) => new Promise<void>((resolve) => {
      waiters.push({ re, n, resolve });
      onText(Buffer.from(""));
    });
    const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));

    await seen(/^listening \d+$/, 2);
    const workers = lines.filter((l) => /^listening/.test(l)).map((l) => Number(l.split(" ")[1]));
    children.push(...workers);
    expect(new Set(workers).size).toBe(2);
    const answered = new Set<number>();
    for (let k = 0; k < 40 && answered.size < 2; k++) answered.add(Number(await get(port)));
    expect([...answered].sort()).toEqual([...workers].sort());

    process.kill(workers[0]!, "SIGKILL");
    await seen(/exited .*starting another/);
    await seen(/^listening \d+$/, 3);
    const third = Number(lines.filter((l) => /^listening/.test(l))[2]!.split(" ")[1]);
    children.push(third);
    expect(workers).not.toContain(third);

    proc.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect([workers[1]!, third].filter(alive)).toEqual([]);
  });
});
