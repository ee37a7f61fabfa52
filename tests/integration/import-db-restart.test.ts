// PostgreSQL restarted under an import, on a cluster this test owns (tests/support/own-cluster.ts; the
// shared server is never touched). A failpoint pauses the importer right after its second batch
// commits (SCOUT_IMPORT_FAILPOINT=after-batch:2:pause=…); the test stops the server, lets the importer
// run into it, waits until the importer says it is waiting, and starts the server again. The import
// must then finish by itself with every row exactly once; where it cannot (the server stays down past
// the wait), the command line says so in one line, exits 1, and --resume finishes it.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startOwnCluster, type OwnCluster } from "../support/own-cluster";

const repoRoot = resolve(__dirname, "../..");
const N = 30_000; // six batches
let cluster: OwnCluster;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scout-import-restart-"));
  cluster = await startOwnCluster(await freePort(5460, 5469));
}, 180_000);
afterAll(async () => {
  cluster?.destroy();
  await rm(dir, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: cluster.url() });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}
const count = async (table: "Creator" | "CreatorSnapshot", prefix: string) =>
  Number((await query<{ n: string }>(
    table === "Creator" ? `SELECT count(*) n FROM "Creator" WHERE handle LIKE $1` : `SELECT count(*) n FROM "CreatorSnapshot" s JOIN "Creator" c ON c.id = s."creatorId" WHERE c.handle LIKE $1`,
    [`${prefix}%`],
  ))[0]!.n);

async function csv(name: string, prefix: string): Promise<string> {
  const f = join(dir, name);
  const lines = ["handle,followers,avg likes"];
  for (let i = 0; i < N; i++) lines.push(`${prefix}${i},${1000 + i * 7},${10 + (i % 50)}`);
  await writeFile(f, lines.join("\n") + "\n");
  return f;
}

type Run = { child: ChildProcess; out: string[]; err: string[]; exit: Promise<number | null> };
function run(script: string, args: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: repoRoot, env: { ...process.env, DATABASE_URL: cluster.url(), ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const out: string[] = [];
  const err: string[] = [];
  child.stdout!.on("data", (b) => out.push(String(b)));
  child.stderr!.on("data", (b) => err.push(String(b)));
  return { child, out, err, exit: new Promise((r) => child.once("exit", (code) => r(code))) };
}
/** Resolves once `test` holds; checked as output arrives or files appear (a signal, not a duration). */
async function until(test: () => boolean, what: string, within = 180_000): Promise<void> {
  const t0 = Date.now();
  while (!test()) {
    if (Date.now() - t0 > within) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);

/** Pauses the importer after batch 2, stops the server under it, and starts it again once the importer waits. */
async function restartUnder(r: Run, fp: string, waiting: RegExp): Promise<void> {
  await until(() => existsSync(`${fp}.reached`), "the failpoint");
  cluster.stop();
  await writeFile(`${fp}.go`, "");
  await until(() => waiting.test(r.err.join("")), "the importer to wait for the database");
  cluster.start();
}

describe("PostgreSQL restarted during an import", () => {
  it("command line: the import waits, resumes by itself, and stores every row exactly once", async () => {
    const f = await csv("cli.csv", "rcli");
    const fp = join(dir, "cli-fp");
    const r = run("scripts/import.ts", [f, "--platform", "tiktok"], { SCOUT_IMPORT_FAILPOINT: `after-batch:2:pause=${fp}` });
    await restartUnder(r, fp, /waiting up to \d+ s/);
    expect(await r.exit).toBe(0);
    const counts = JSON.parse(r.out.join("").trim().split("\n").pop()!);
    expect(counts).toMatchObject({ created: N, updated: 0, unchanged: 0, rejected: 0 });
    expect(await count("Creator", "rcli")).toBe(N);
    expect(await count("CreatorSnapshot", "rcli")).toBe(N);
    const [job] = await query<{ status: string; lastCommittedRow: number }>(`SELECT status, "lastCommittedRow" FROM "ImportJob" WHERE id = $1`, [counts.job]);
    expect(job).toEqual({ status: "completed", lastCommittedRow: N });
    noStackTrace(r.err.join(""));
  }, 300_000);

  it("command line, the database gone past the wait: one clear line, exit 1, and --resume finishes from the last batch", async () => {
    const f = await csv("cli-down.csv", "rdown");
    const fp = join(dir, "down-fp");
    const r = run("scripts/import.ts", [f, "--platform", "tiktok"], { SCOUT_IMPORT_FAILPOINT: `after-batch:2:pause=${fp}`, SCOUT_IMPORT_DB_WAIT_SECONDS: "2" });
    await until(() => existsSync(`${fp}.reached`), "the failpoint");
    cluster.stop();
    await writeFile(`${fp}.go`, "");
    expect(await r.exit).toBe(1);
    cluster.start();
    const err = r.err.join("");
    noStackTrace(err);
    const line = err.trim().split("\n").pop()!;
    expect(line).toMatch(/^import interrupted: the database stopped answering .* npm run import -- --resume (\S+)/);
    const id = line.match(/--resume (\S+)/)![1]!;
    const [left] = await query<{ lastCommittedRow: number }>(`SELECT "lastCommittedRow" FROM "ImportJob" WHERE id = $1`, [id]);
    expect(await count("Creator", "rdown")).toBe(left!.lastCommittedRow); // whole batches only

    const again = run("scripts/import.ts", ["--resume", id], {});
    expect(await again.exit).toBe(0);
    expect(again.err.join("")).toContain(`after row ${left!.lastCommittedRow.toLocaleString("en-US")}`);
    expect(await count("Creator", "rdown")).toBe(N);
    expect(await count("CreatorSnapshot", "rdown")).toBe(N);
    const [job] = await query<{ status: string; createdCount: number }>(`SELECT status, "createdCount" FROM "ImportJob" WHERE id = $1`, [id]);
    expect(job).toEqual({ status: "completed", createdCount: N });
  }, 300_000);

  it("worker: the job resumes by itself once the database answers, and the queue completes it (no 30-minute stall)", async () => {
    const f = await csv("worker.csv", "rwrk");
    const id = `rwrk${Date.now().toString(36)}`;
    const mapping = { columns: { handle: "handle", followers: "followers", avgLikes: "avg likes" }, platform: { mode: "fixed", value: "tiktok" } };
    await query(`INSERT INTO "ImportJob" (id, "fileName", "fileHash", "fileSize", "storagePath", format, mapping, "dryRun", status, "createdByLabel")
                 VALUES ($1, 'worker.csv', '', 1, $2, 'csv', $3, false, 'queued', 'test')`, [id, f, JSON.stringify(mapping)]);
    const fp = join(dir, "worker-fp");
    const r = run("tests/support/import-worker-process.ts", [id], { SCOUT_IMPORT_FAILPOINT: `after-batch:2:pause=${fp}` });
    try {
      await restartUnder(r, fp, new RegExp(`import ${id}: .*waiting up to`));
      const done = async () => (await query<{ status: string }>(`SELECT status FROM "ImportJob" WHERE id = $1`, [id]).catch(() => []))[0]?.status;
      await expect.poll(done, { timeout: 180_000, interval: 250 }).toBe("completed");
      expect(await count("Creator", "rwrk")).toBe(N);
      expect(await count("CreatorSnapshot", "rwrk")).toBe(N);
      const states = async () => (await query<{ state: string }>(`SELECT state FROM pgboss.job WHERE data->>'importJobId' = $1`, [id])).map((x) => x.state);
      await expect.poll(states, { timeout: 60_000 }).toEqual(["completed"]);
      noStackTrace(r.err.join(""));
      expect(r.err.join("")).not.toMatch(/unhandled|uncaught/i);
    } finally {
      r.child.kill("SIGKILL");
      await r.exit;
    }
  }, 300_000);

  it("worker: after the restart it claims its job's lock again, and stops its run when another worker has the job", async () => {
    const f = await csv("lock.csv", "rlck");
    const id = `rlck${Date.now().toString(36)}`;
    const mapping = { columns: { handle: "handle", followers: "followers", avgLikes: "avg likes" }, platform: { mode: "fixed", value: "tiktok" } };
    await query(`INSERT INTO "ImportJob" (id, "fileName", "fileHash", "fileSize", "storagePath", format, mapping, "dryRun", status, "createdByLabel")
                 VALUES ($1, 'lock.csv', '', 1, $2, 'csv', $3, false, 'queued', 'test')`, [id, f, JSON.stringify(mapping)]);
    const fp = join(dir, "lock-fp");
    const fp2 = join(dir, "lock-fp2");
    const first = run("tests/support/import-worker-process.ts", [id], { SCOUT_IMPORT_FAILPOINT: `after-batch:2:pause=${fp}` });
    let second: Run | undefined;
    try {
      // The first worker holds the job (and its lock) after batch 2; the restart ends the lock's session.
      await until(() => existsSync(`${fp}.reached`), "the first worker's failpoint");
      cluster.stop();
      cluster.start();
      // A second worker starts meanwhile: its recovery finds the job active with no lock held, hands it
      // back, takes it, and holds it after its own first batch.
      second = run("tests/support/import-worker-process.ts", [], { SCOUT_IMPORT_FAILPOINT: `after-batch:1:pause=${fp2}` });
      await until(() => existsSync(`${fp2}.reached`), "the second worker to run the job");
      // The first worker carries on: the database dropped its connections, it waits for the database,
      // and before resuming must find that the job is no longer its own.
      await writeFile(`${fp}.go`, "");
      await until(() => /another worker holds this job's lock/.test(first.err.join("")), "the first worker to stop its run", 120_000);
      const [mid] = await query<{ lastCommittedRow: number }>(`SELECT "lastCommittedRow" FROM "ImportJob" WHERE id = $1`, [id]);
      await writeFile(`${fp2}.go`, "");
      const done = async () => (await query<{ status: string }>(`SELECT status FROM "ImportJob" WHERE id = $1`, [id]).catch(() => []))[0]?.status;
      await expect.poll(done, { timeout: 180_000, interval: 250 }).toBe("completed");
      expect(await count("Creator", "rlck")).toBe(N);
      expect(await count("CreatorSnapshot", "rlck")).toBe(N);
      // Only the second worker imported after the restart, and the queue ends with one completed job.
      expect(mid!.lastCommittedRow).toBeLessThan(N);
      expect(second.out.join("")).toContain(`import ${id} finished`);
      expect(first.out.join("")).not.toContain(`import ${id} finished`);
      const states = async () => (await query<{ state: string }>(`SELECT state FROM pgboss.job WHERE data->>'importJobId' = $1`, [id])).map((x) => x.state);
      await expect.poll(states, { timeout: 60_000 }).toEqual(["completed"]);
      for (const r of [first, second]) {
        noStackTrace(r.err.join(""));
        expect(r.err.join("")).not.toMatch(/unhandled|uncaught/i);
      }
    } finally {
      for (const r of [first, second]) r?.child.kill("SIGKILL");
      await Promise.all([first.exit, second?.exit]);
    }
  }, 400_000);
});
