// The background side of the browser import: jobs go through pg-boss (a Postgres-backed queue) to
// the worker that starts with the app. A job enqueued is run to the end; a job left "running" by an
// app process that died (SIGKILL mid-file) is handed back by the next worker's startup recovery and
// resumes from its last committed batch without duplicates.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import PgBoss from "pg-boss";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sha256File } from "@/lib/import/files";
import type { ImportMapping } from "@/lib/import/mapping";
import { enqueueImport, IMPORT_QUEUE, startImportWorker, stopImportQueue } from "@/lib/import/queue";
import { closeImportPools } from "@/lib/queries/import-pool";
import { createImportJob } from "@/lib/queries/import-jobs";
import { startPreview } from "@/lib/import/service";

const repoRoot = resolve(__dirname, "../..");
const prefix = `iq${Date.now().toString(36)}`;
const mapping: ImportMapping = { columns: { handle: "handle", followers: "followers", avgLikes: "avg likes" }, platform: { mode: "fixed", value: "tiktok" } };
let dir: string;
let db: pg.Client;
let child: ChildProcess | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scout-import-queue-"));
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
});
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    process.kill(-child.pid!, "SIGKILL");
    await new Promise((r) => child!.once("exit", r));
  }
  child = undefined;
  await stopImportQueue();
});
afterAll(async () => {
  await db.query(`DELETE FROM "Creator" WHERE handle LIKE $1`, [`${prefix}%`]);
  await db.query(`DELETE FROM "ImportJob" WHERE "storagePath" LIKE $1`, [`${dir}%`]);
  await db.end();
  await closeImportPools();
  await rm(dir, { recursive: true, force: true });
});

async function writeCsv(name: string, rows: number, handlePrefix: string): Promise<string> {
  const f = join(dir, name);
  const lines = ["handle,followers,avg likes"];
  for (let i = 0; i < rows; i++) lines.push(`${handlePrefix}${i},${1000 + i * 7},${10 + (i % 50)}`);
  await writeFile(f, lines.join("\n") + "\n");
  return f;
}

async function newJob(file: string) {
  return createImportJob({ fileName: file.split("/").pop()!, fileHash: await sha256File(file), fileSize: 1, storagePath: file, format: "csv", createdById: null, createdByLabel: "command line (test)", mapping, dryRun: false, status: "queued" });
}

type JobState = { status: string; lastCommittedRow: number; processedRows: number; createdCount: number; rejectedCount: number; error: string | null };
const jobState = async (id: string): Promise<JobState> =>
  (await db.query(`SELECT status, "lastCommittedRow", "processedRows", "createdCount", "rejectedCount", error FROM "ImportJob" WHERE id = $1`, [id])).rows[0];

async function waitFor(id: string, done: (j: JobState) => boolean, timeoutMs: number): Promise<JobState> {
  const until = Date.now() + timeoutMs;
  let j = await jobState(id);
  while (!done(j) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    j = await jobState(id);
  }
  return j;
}

const creatorCount = async (like: string) => Number((await db.query(`SELECT count(*) FROM "Creator" WHERE handle LIKE $1`, [like])).rows[0].count);
const snapshotCount = async (like: string) =>
  Number((await db.query(`SELECT count(*) FROM "CreatorSnapshot" s JOIN "Creator" c ON c.id = s."creatorId" WHERE c.handle LIKE $1`, [like])).rows[0].count);
const queueStates = async (importJobId: string) =>
  (await db.query(`SELECT state FROM pgboss.job WHERE name = $1 AND data->>'importJobId' = $2`, [IMPORT_QUEUE, importJobId])).rows.map((r) => r.state as string);

describe("import queue (pg-boss worker)", () => {
  it("runs an enqueued import to the end in the background", async () => {
    const f = await writeCsv("small.csv", 40, `${prefix}s`);
    const { id } = await newJob(f);
    await startImportWorker();
    await enqueueImport(id);
    const j = await waitFor(id, (x) => x.status === "completed" || x.status === "failed", 30_000);
    expect(j).toMatchObject({ status: "completed", processedRows: 40, createdCount: 40, rejectedCount: 0, error: null });
    expect(await creatorCount(`${prefix}s%`)).toBe(40);
    // pg-boss marks its own job done once the handler returned.
    await expect.poll(() => queueStates(id), { timeout: 10_000 }).toEqual(["completed"]);
  });

  it("a file that cannot be read fails the import with its reason and is not retried", async () => {
    const f = join(dir, "header-only.csv");
    await writeFile(f, "handle,followers,avg likes\n");
    const { id } = await newJob(f);
    await startImportWorker();
    await enqueueImport(id);
    const j = await waitFor(id, (x) => x.status === "completed" || x.status === "failed", 30_000);
    expect(j.status).toBe("failed");
    expect(j.error).toMatch(/no data rows/);
    // The handler returned (no throw): pg-boss completes it instead of retrying a hopeless file.
    await expect.poll(() => queueStates(id), { timeout: 10_000 }).toEqual(["completed"]);
  });

  it("hands a job left running by a killed app process back to the next worker, which resumes it without duplicates", async () => {
    const n = 30_000;
    const f = await writeCsv("big.csv", n, `${prefix}k`);
    const { id } = await newJob(f);
    // "The app" (a separate process with the same worker) takes the job; we kill it mid-file.
    // The failpoint kills it right after its second batch commits: a crash at a known point.
    child = spawn(process.execPath, ["--import", "tsx", "tests/support/import-worker-process.ts", id], {
      cwd: repoRoot, env: { ...process.env, SCOUT_IMPORT_FAILPOINT: "after-batch:2" }, stdio: "ignore", detached: true,
    });
    const signal = await new Promise((r) => child!.once("exit", (_code, sig) => r(sig)));
    expect(signal).toBe("SIGKILL");
    const left = await jobState(id);
    expect(left.status).toBe("running");
    // Batches 1-2 committed; batch 3, already on the other connection, may have committed beside them.
    expect([10_000, 15_000]).toContain(left.lastCommittedRow);
    expect(await queueStates(id)).toEqual(["active"]); // pg-boss alone would wait for the 30-minute expiry
    expect(await creatorCount(`${prefix}k%`)).toBe(left.lastCommittedRow); // only whole batches

    // The app starts again: its worker's startup recovery hands the job back and it resumes.
    await startImportWorker();
    const done = await waitFor(id, (x) => x.status === "completed" || x.status === "failed", 60_000);
    expect(done).toMatchObject({ status: "completed", processedRows: n, createdCount: n, rejectedCount: 0 });
    expect(await creatorCount(`${prefix}k%`)).toBe(n);
    expect(await snapshotCount(`${prefix}k%`)).toBe(n);
    await expect.poll(() => queueStates(id), { timeout: 10_000 }).toEqual(["completed"]);
  }, 240_000);

  it("a shutdown releases the job at a batch boundary; the next worker resumes it without duplicates", async () => {
    const n = 20_000;
    const f = await writeCsv("release.csv", n, `${prefix}r`);
    const { id } = await newJob(f);
    const fp = join(dir, "release-fp");
    // The importer pauses right after its first batch commits (the failpoint, read per batch in this process).
    process.env.SCOUT_IMPORT_FAILPOINT = `after-batch:1:pause=${fp}`;
    try {
      await startImportWorker();
      await enqueueImport(id);
      await expect.poll(() => existsSync(`${fp}.reached`), { timeout: 120_000, interval: 100 }).toBe(true);
      const stopping = stopImportQueue({ release: true, timeoutMs: 120_000 }); // what the shutdown hook calls
      await writeFile(`${fp}.go`, "");
      await stopping;
    } finally {
      delete process.env.SCOUT_IMPORT_FAILPOINT;
    }
    const left = await jobState(id);
    expect(left.error).toMatch(/Paused at a batch boundary after row [\d,]+ while the app shut down/);
    expect(left.lastCommittedRow % 5_000).toBe(0);
    expect(left.lastCommittedRow).toBeGreaterThanOrEqual(5_000);
    expect(left.lastCommittedRow).toBeLessThan(n);
    expect(await creatorCount(`${prefix}r%`)).toBe(left.lastCommittedRow); // whole batches only

    await startImportWorker();
    const done = await waitFor(id, (x) => x.status === "completed" || x.status === "failed", 120_000);
    expect(done).toMatchObject({ status: "completed", processedRows: n, createdCount: n, rejectedCount: 0 });
    expect(await creatorCount(`${prefix}r%`)).toBe(n);
    expect(await snapshotCount(`${prefix}r%`)).toBe(n);
  }, 300_000);

  it("a job handed back with no retry left is marked failed with a reason instead of showing 'running' forever", async () => {
    const f = await writeCsv("exhausted.csv", 10, `${prefix}x`);
    const { id } = await newJob(f);
    const sender = new PgBoss({ connectionString: process.env.DATABASE_URL, max: 1 }); // a queue client with no worker
    await sender.start();
    await sender.createQueue(IMPORT_QUEUE, { name: IMPORT_QUEUE, retryLimit: 8 });
    await sender.send(IMPORT_QUEUE, { importJobId: id }, { retryLimit: 8 });
    await sender.stop({ graceful: false, wait: true });
    // What a process that died on its last allowed try leaves behind.
    await db.query(`UPDATE pgboss.job SET state = 'active', started_on = now(), retry_count = retry_limit WHERE name = $1 AND data->>'importJobId' = $2`, [IMPORT_QUEUE, id]);
    await db.query(`UPDATE "ImportJob" SET status = 'running', "startedAt" = now() WHERE id = $1`, [id]);
    await startImportWorker();
    const j = await jobState(id);
    expect(j.status).toBe("failed");
    expect(j.error).toMatch(/The app stopped during this import 8 times.*npm run import -- --resume \S+, or import the file again/);
    expect(await queueStates(id)).toEqual(["failed"]);
  });

  it("a new preview is refused while the previous mapping's dry run is still running", async () => {
    const f = await writeCsv("dry.csv", 5, `${prefix}d`);
    const { id } = await createImportJob({ fileName: "dry.csv", fileHash: await sha256File(f), fileSize: 1, storagePath: f, format: "csv", createdById: null, createdByLabel: "command line (test)", mapping, dryRun: true, status: "running" });
    await expect(startPreview(id, mapping, undefined, { id: "nobody", label: "test" })).rejects.toThrow("The dry run of the previous mapping is still running. Wait for it to finish, then preview again.");
    await db.query(`UPDATE "ImportJob" SET status = 'completed' WHERE id = $1`, [id]);
    const again = await startPreview(id, mapping, undefined, { id: "nobody", label: "test" });
    expect(again).toMatchObject({ problems: [], queued: true });
    expect(again.rows.map((r) => r.ok && r.handle)).toEqual([`${prefix}d0`, `${prefix}d1`, `${prefix}d2`, `${prefix}d3`, `${prefix}d4`]);
    // The dry run it queued runs on the worker and writes no creator.
    expect(await waitFor(id, (x) => x.status === "completed" || x.status === "failed", 30_000)).toMatchObject({ status: "completed", createdCount: 5 });
    expect(await creatorCount(`${prefix}d%`)).toBe(0);
  });
});
