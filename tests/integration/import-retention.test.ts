// Uploaded import files are deleted once no import needs them: files of imports that finished more
// than SCOUT_IMPORT_RETENTION_DAYS ago, and files no import refers to after a day. Never a file an
// import still needs (queued, running, or held by pg-boss for a retry), never a file outside the
// storage dir, never another database's. A commit racing the clean-up is ordered by a lock.
import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseStorageDir } from "@/lib/import/files";
import type { ImportMapping } from "@/lib/import/mapping";
import { FILE_CLEANUP_CRON, FILE_CLEANUP_QUEUE, IMPORT_QUEUE, startImportWorker, stopImportQueue } from "@/lib/import/queue";
import { cleanUpImportFiles } from "@/lib/import/retention";
import { startCommit } from "@/lib/import/service";
import { holdingImportFiles, IMPORT_FILES_LOCK } from "@/lib/queries/import-files";
import { closeImportPools } from "@/lib/queries/import-pool";
import { createImportJob } from "@/lib/queries/import-jobs";

const DAY = 24 * 3600_000;
const tag = `ret${Date.now().toString(36)}`;
const mapping: ImportMapping = { columns: { handle: "handle", followers: "followers" }, platform: { mode: "fixed", value: "tiktok" } };
const savedDir = process.env.SCOUT_IMPORT_DIR;
const savedDays = process.env.SCOUT_IMPORT_RETENTION_DAYS;
let root: string;
let own: string;
let outside: string;
let db: pg.Client;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "scout-retention-"));
  outside = await mkdtemp(join(tmpdir(), "scout-retention-cli-"));
  process.env.SCOUT_IMPORT_DIR = root;
  delete process.env.SCOUT_IMPORT_RETENTION_DAYS;
  own = databaseStorageDir();
  await mkdir(own, { recursive: true });
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
});
afterAll(async () => {
  await stopImportQueue();
  await closeImportPools();
  await db.query(`DELETE FROM pgboss.job WHERE name = $1 AND data->>'importJobId' IN (SELECT id FROM "ImportJob" WHERE "fileName" LIKE $2)`, [IMPORT_QUEUE, `${tag}%`]).catch(() => {});
  await db.query(`DELETE FROM "ImportJob" WHERE "fileName" LIKE $1`, [`${tag}%`]);
  await db.end();
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
  if (savedDir === undefined) delete process.env.SCOUT_IMPORT_DIR;
  else process.env.SCOUT_IMPORT_DIR = savedDir;
  if (savedDays !== undefined) process.env.SCOUT_IMPORT_RETENTION_DAYS = savedDays;
});

/** A file in `dir`, last written `ageMs` ago. */
async function file(name: string, dir = own, ageMs = 2 * DAY): Promise<string> {
  const f = join(dir, name);
  await writeFile(f, "handle,followers\nanna,1200\n");
  const t = new Date(Date.now() - ageMs);
  await utimes(f, t, t);
  return f;
}

type JobOpts = { status: string; dryRun?: boolean; createdAgo?: number; finishedAgo?: number | null };
/** An import of `path` in `status`, created and finished the given times ago. */
async function job(path: string, o: JobOpts): Promise<string> {
  const { id } = await createImportJob({ fileName: `${tag}-${path.split("/").pop()}`, fileHash: "h", fileSize: 27, storagePath: path, format: "csv", createdById: null, createdByLabel: "command line (test)", mapping, dryRun: o.dryRun ?? false });
  const ago = (ms: number | null | undefined) => (ms == null ? null : new Date(Date.now() - ms));
  await db.query(`UPDATE "ImportJob" SET status = $2::"ImportStatus", "createdAt" = $3, "finishedAt" = $4, "startedAt" = $3 WHERE id = $1`, [id, o.status, ago(o.createdAgo ?? 30 * DAY), ago(o.finishedAgo)]);
  return id;
}

const exists = (f: string) => stat(f).then(() => true, () => false);
const storagePath = async (id: string) => (await db.query(`SELECT "storagePath" FROM "ImportJob" WHERE id = $1`, [id])).rows[0].storagePath as string | null;

describe("import file retention", () => {
  it("deletes the files of imports finished more than 7 days ago and day-old unreferenced uploads, and keeps every file still needed", async () => {
    // Finished long ago: the dry run and the real import share one file.
    const done = await file("done.upload");
    const doneDry = await job(done, { status: "completed", dryRun: true, finishedAgo: 9 * DAY });
    const doneReal = await job(done, { status: "completed", finishedAgo: 8 * DAY });
    const failed = await file("failed.upload");
    const failedId = await job(failed, { status: "failed", dryRun: true, createdAgo: 10 * DAY, finishedAgo: null }); // refused at upload: no finishedAt
    const cancelled = await file("cancelled.upload");
    await job(cancelled, { status: "cancelled", finishedAgo: 8 * DAY });
    const abandoned = await file("abandoned.upload");
    await job(abandoned, { status: "uploaded", dryRun: true, createdAgo: 10 * DAY }); // left in the wizard
    const orphanOld = await file("orphan-old.upload", own, 2 * DAY);

    // Still needed, or not old enough.
    const committed = await file("committed.upload");
    const committedDry = await job(committed, { status: "completed", dryRun: true, finishedAgo: 9 * DAY });
    await job(committed, { status: "queued", createdAgo: 60_000 }); // its real import is waiting to run
    const running = await file("running.upload");
    await job(running, { status: "running", createdAgo: 30 * DAY }); // resumable: no finishedAt yet
    const retrying = await file("retrying.upload");
    const retryingId = await job(retrying, { status: "failed", finishedAgo: 20 * DAY });
    const recent = await file("recent.upload");
    await job(recent, { status: "completed", finishedAgo: 3 * DAY });
    const fresh = await file("fresh.upload");
    await job(fresh, { status: "uploaded", dryRun: true, createdAgo: 3600_000 });
    const orphanNew = await file("orphan-new.upload", own, 3600_000);
    const notAnUpload = await file("notes.txt");
    const cli = await file("agency.csv", outside); // the command line imports the admin's own file in place
    const cliId = await job(cli, { status: "completed", finishedAgo: 90 * DAY });
    const otherDb = join(root, "127.0.0.1-5432-some_other_database");
    await mkdir(otherDb);
    const othersOrphan = await file("theirs.upload", otherDb);

    // pg-boss still holds a job for `retrying` (its row says failed, the queue will retry it).
    const sender = new PgBoss({ connectionString: process.env.DATABASE_URL, max: 1 });
    await sender.start();
    await sender.createQueue(IMPORT_QUEUE, { name: IMPORT_QUEUE, retryLimit: 8 });
    await sender.send(IMPORT_QUEUE, { importJobId: retryingId }, { retryLimit: 8 });
    await sender.stop({ graceful: false, wait: true });
    await db.query(`UPDATE pgboss.job SET state = 'retry' WHERE name = $1 AND data->>'importJobId' = $2`, [IMPORT_QUEUE, retryingId]);

    const result = await cleanUpImportFiles();
    expect(result).toMatchObject({ expired: 4, orphans: 1 });
    expect(result.bytes).toBe(5 * 27);
    for (const gone of [done, failed, cancelled, abandoned, orphanOld]) expect(await exists(gone), gone).toBe(false);
    for (const kept of [committed, running, retrying, recent, fresh, orphanNew, notAnUpload, cli, othersOrphan]) expect(await exists(kept), kept).toBe(true);
    // The imports say their file is gone; the others still point at theirs.
    expect(await storagePath(doneDry)).toBeNull();
    expect(await storagePath(doneReal)).toBeNull();
    expect(await storagePath(failedId)).toBeNull();
    expect(await storagePath(committedDry)).toBe(committed);
    expect(await storagePath(cliId)).toBe(cli);

    // Once pg-boss is done with it, the retried import's file goes too; a second run finds nothing else.
    await db.query(`DELETE FROM pgboss.job WHERE name = $1 AND data->>'importJobId' = $2`, [IMPORT_QUEUE, retryingId]);
    expect(await cleanUpImportFiles()).toMatchObject({ expired: 1, orphans: 0 });
    expect(await exists(retrying)).toBe(false);
    expect(await cleanUpImportFiles()).toMatchObject({ expired: 0, orphans: 0 });

    // SCOUT_IMPORT_RETENTION_DAYS shortens (or lengthens) the wait.
    process.env.SCOUT_IMPORT_RETENTION_DAYS = "2";
    try {
      expect(await cleanUpImportFiles()).toMatchObject({ expired: 1, orphans: 0 });
    } finally {
      delete process.env.SCOUT_IMPORT_RETENTION_DAYS;
    }
    expect(await exists(recent)).toBe(false);
    expect(await exists(committed)).toBe(true);
  });

  it("a commit of a dry run whose file was deleted says to upload it again", async () => {
    const f = await file("expired-dry.upload");
    const dryId = await job(f, { status: "completed", dryRun: true, finishedAgo: 8 * DAY });
    await cleanUpImportFiles();
    expect(await exists(f)).toBe(false);
    await expect(startCommit(dryId, { id: "nobody", label: "test" })).rejects.toThrow(`The uploaded file "${tag}-expired-dry.upload" is no longer kept on the server; upload it again.`);
  });

  it("waits for a commit in progress, whose queued import then keeps the file", async () => {
    const f = await file("racing.upload");
    const dryId = await job(f, { status: "completed", dryRun: true, finishedAgo: 8 * DAY });
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    // What startCommit does: under the shared lock, copy the dry run's file into a queued import.
    const commit = holdingImportFiles(async (tx) => {
      entered();
      await gate;
      return createImportJob({ fileName: `${tag}-racing-real`, fileHash: "h", fileSize: 27, storagePath: f, format: "csv", createdById: null, createdByLabel: "command line (test)", mapping, status: "queued" }, tx);
    });
    await inside;
    let cleaned = false;
    const cleanup = cleanUpImportFiles().then((r) => ((cleaned = true), r));
    // A signal, not a sleep: PostgreSQL shows the clean-up's session waiting for the import files'
    // lock. With a broken lock the clean-up finishes first and this fails, however fast the machine.
    const blocked = expect.poll(waitersOnImportFilesLock, { timeout: 60_000, interval: 50 }).toBeGreaterThan(0);
    expect(await Promise.race([cleanup.then(() => "finished"), blocked.then(() => "blocked")])).toBe("blocked");
    expect(cleaned).toBe(false); // blocked by the commit's lock
    open();
    await commit;
    expect(await cleanup).toMatchObject({ expired: 0 });
    expect(await exists(f)).toBe(true);
    expect(await storagePath(dryId)).toBe(f);
  });

  it("the import worker runs the clean-up at start and schedules it daily on pg-boss", async () => {
    const f = await file("at-start.upload");
    await job(f, { status: "completed", finishedAgo: 8 * DAY });
    await startImportWorker();
    await expect.poll(() => exists(f), { timeout: 15_000 }).toBe(false);
    const schedule = await db.query(`SELECT cron, timezone FROM pgboss.schedule WHERE name = $1`, [FILE_CLEANUP_QUEUE]);
    expect(schedule.rows).toEqual([{ cron: FILE_CLEANUP_CRON, timezone: "UTC" }]);
  });
});

/** Sessions of this database waiting (not granted) for the import files' advisory lock. */
async function waitersOnImportFilesLock(): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_locks
      WHERE locktype = 'advisory' AND NOT granted AND ((classid::bigint << 32) | objid::bigint) = $1
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [IMPORT_FILES_LOCK],
  );
  return rows[0]!.n;
}
