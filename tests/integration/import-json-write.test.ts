// The embedded database's write path (no COPY; SCOUT_BULK_WRITE=json forces it, as PGlite does for
// the demo) against real PostgreSQL: the same counts, stored rows, de-duplication, refusals and
// resume as the COPY path, which tests/integration/import.test.ts covers on its own.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { copyRows } from "@/lib/db/copy";
import { sha256File } from "@/lib/import/files";
import type { ImportMapping } from "@/lib/import/mapping";
import { runImport } from "@/lib/import/pipeline";
import { closeImportPools } from "@/lib/queries/import-pool";
import { createImportJob } from "@/lib/queries/import-jobs";

// Counts the COPYs, so each test knows which path wrote.
vi.mock("@/lib/db/copy", async (importOriginal) => {
  const mod = await importOriginal<typeof import("@/lib/db/copy")>();
  return { ...mod, copyRows: vi.fn(mod.copyRows) };
});

const repoRoot = resolve(__dirname, "../..");
const prefix = `ij${Date.now().toString(36)}`;
const MAPPING: ImportMapping = { columns: { handle: "handle", followers: "followers", avgLikes: "avg likes", niche: "category" }, platform: { mode: "fixed", value: "tiktok" } };
let dir: string;
let db: pg.Client;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scout-import-json-"));
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
});
afterEach(async () => {
  delete process.env.SCOUT_BULK_WRITE;
  delete process.env.SCOUT_IMPORT_BATCH_SIZE;
  await closeImportPools(); // a new pool asks the server (and the setting) again
});
afterAll(async () => {
  await db.query(`DELETE FROM "Creator" WHERE handle LIKE $1`, [`${prefix}%`]);
  await db.query(`DELETE FROM "ImportJob" WHERE "storagePath" LIKE $1`, [`${dir}%`]);
  await db.end();
  await rm(dir, { recursive: true, force: true });
});

async function importAs(path: "json" | "copy", file: string) {
  if (path === "json") process.env.SCOUT_BULK_WRITE = "json";
  else delete process.env.SCOUT_BULK_WRITE;
  await closeImportPools();
  vi.mocked(copyRows).mockClear();
  const job = await createImportJob({ fileName: file.split("/").pop()!, fileHash: await sha256File(file), fileSize: 1, storagePath: file, format: "csv", createdById: null, createdByLabel: "command line (test)", mapping: MAPPING, status: "queued" });
  const counts = await runImport(job.id);
  return { id: job.id, counts, copies: vi.mocked(copyRows).mock.calls.length };
}

/**
 * Rows a batch in the parity test (SCOUT_IMPORT_BATCH_SIZE): its 150 creators and three refusals span
 * four batches, so the story is the same as with 5,000-row batches at a hundredth of the work. It
 * took 78 s against its 60 s limit at load ~23 with 12,000 rows a file, four files.
 */
const PARITY_BATCH = 50;
const PER_TIER = 30;
/** Followers at the bottom of each tier's range (nano … mega), with room for a test's growth. */
const TIER_BASES = [2_000, 20_000, 100_000, 700_000, 3_000_000] as const;

/**
 * 150 creators, 30 in each tier (several batches), and three rows to refuse: a duplicate handle, a bad
 * number and an impossible one; `grow` makes a newer export where one in three grew by 500 followers.
 */
async function writeFileFor(tag: string, name: string, grow = false) {
  const lines = ["handle,followers,avg likes,category"];
  for (let i = 0; i < PER_TIER * TIER_BASES.length; i++) {
    const f = TIER_BASES[i % TIER_BASES.length]! + i * 10 + (grow && i % 3 === 0 ? 500 : 0);
    lines.push(`${prefix}${tag}${i},${f},${Math.round(f * 0.03)},${["beauty", "food", "travel"][i % 3]}`);
  }
  lines.splice(5, 0, `${prefix}${tag}2,5,1,food`); // a duplicate of line 4's handle
  lines.splice(90, 0, `${prefix}${tag}bad,lots,1,food`); // in the second batch
  lines.splice(140, 0, `${prefix}${tag}huge,"2,5 Mrd.",1,food`); // in the third
  const file = join(dir, name);
  await writeFile(file, lines.join("\n") + "\n");
  return file;
}

/** What the catalog holds for one tag, without ids, times or the tag itself. */
async function stored(tag: string) {
  const p = `${prefix}${tag}`;
  const creators = (await db.query(
    `SELECT substr(handle, $2) h, followers, "avgLikes", "engagementRate", tier, niches, (SELECT count(*)::int FROM "CreatorSnapshot" s WHERE s."creatorId" = c.id) snaps
     FROM "Creator" c WHERE handle LIKE $1 ORDER BY h`, [`${p}%`, p.length + 1],
  )).rows;
  return creators;
}
const rowErrors = async (jobId: string, tag: string) =>
  (await db.query(`SELECT line, reason FROM "ImportRowError" WHERE "importJobId" = $1 ORDER BY line`, [jobId])).rows.map((r) => ({ ...r, reason: r.reason.replaceAll(`${prefix}${tag}`, "") }));

describe("the JSON write path (embedded database)", () => {
  it("stores, refuses, de-duplicates and updates exactly as the COPY path does", async () => {
    process.env.SCOUT_IMPORT_BATCH_SIZE = String(PARITY_BATCH);
    const viaJson = await importAs("json", await writeFileFor("j", "j1.csv"));
    const viaCopy = await importAs("copy", await writeFileFor("c", "c1.csv"));
    expect(viaJson.copies).toBe(0);
    expect(viaCopy.copies).toBeGreaterThan(0);
    const n = PER_TIER * TIER_BASES.length;
    expect(viaJson.counts).toEqual({ created: n, updated: 0, unchanged: 0, rejected: 3, byTier: { nano: PER_TIER, micro: PER_TIER, mid: PER_TIER, macro: PER_TIER, mega: PER_TIER } });
    expect(viaJson.counts).toEqual(viaCopy.counts);
    expect(await rowErrors(viaJson.id, "j")).toEqual(await rowErrors(viaCopy.id, "c"));
    expect(await rowErrors(viaJson.id, "j")).toHaveLength(3);
    const [j, c] = [await stored("j"), await stored("c")];
    expect(j).toHaveLength(n);
    expect(j).toEqual(c);

    const againJson = await importAs("json", await writeFileFor("j", "j2.csv", true));
    const againCopy = await importAs("copy", await writeFileFor("c", "c2.csv", true));
    expect(againJson.counts).toMatchObject({ created: 0, updated: n / 3, unchanged: (2 * n) / 3, rejected: 3 });
    expect(againJson.counts).toEqual(againCopy.counts);
    expect(await stored("j")).toEqual(await stored("c"));
  });

  it("resumes after the importing process is killed, without duplicates", async () => {
    const n = 30_000;
    const f = join(dir, "big.csv");
    const lines = ["handle,followers,avg likes,category"];
    for (let i = 0; i < n; i++) lines.push(`${prefix}k${i},${1000 + i * 7},${10 + (i % 50)},food`);
    await writeFile(f, lines.join("\n") + "\n");
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", f, "--platform", "tiktok"], {
      cwd: repoRoot, env: { ...process.env, SCOUT_BULK_WRITE: "json", SCOUT_IMPORT_FAILPOINT: "after-batch:2" }, stdio: "ignore", detached: true,
    });
    // The failpoint kills the importer right after its second batch commits: a crash at a known point.
    const signal = await new Promise((r) => child.once("exit", (_code, sig) => r(sig)));
    expect(signal).toBe("SIGKILL");
    const job: { id: string } = (await db.query(`SELECT id FROM "ImportJob" WHERE "storagePath" = $1`, [f])).rows[0];
    const at = (await db.query(`SELECT "lastCommittedRow", status FROM "ImportJob" WHERE id = $1`, [job!.id])).rows[0];
    expect(at.status).toBe("running");
    // Batches 1-2 committed; batch 3, already on the other connection, may have committed beside them.
    expect([10_000, 15_000]).toContain(at.lastCommittedRow);
    const count = async () => Number((await db.query(`SELECT count(*) FROM "Creator" WHERE handle LIKE $1`, [`${prefix}k%`])).rows[0].count);
    expect(await count()).toBe(at.lastCommittedRow);

    process.env.SCOUT_BULK_WRITE = "json";
    vi.mocked(copyRows).mockClear();
    const counts = await runImport(job!.id);
    expect(vi.mocked(copyRows)).not.toHaveBeenCalled();
    expect(counts).toMatchObject({ created: n, updated: 0, unchanged: 0, rejected: 0 });
    expect(await count()).toBe(n);
    const snaps = Number((await db.query(`SELECT count(*) FROM "CreatorSnapshot" s JOIN "Creator" c ON c.id = s."creatorId" WHERE c.handle LIKE $1`, [`${prefix}k%`])).rows[0].count);
    expect(snaps).toBe(n);
  }, 240_000); // a 30,000-row import twice, in a child process: minutes on a busy 2-core machine

  // It took 79 s against its 60 s limit at load 6-8 (5.5 s alone): not a poll, a lock wait or a
  // sleep (sampling pg_stat_activity during it showed its backend running, not waiting), but 40,000
  // rows of CPU work (20,000 written twice through the JSON path with a trigger on every insert),
  // which a busy machine slows by its load. Batches of 50 rows keep the same three-batch story at
  // 1% of the work.
  it("a batch the server refuses rolls back alone; the job resumes from the last commit", async () => {
    const batch = 50;
    const f = join(dir, "fails.csv");
    const lines = ["handle,followers,avg likes,category"];
    for (let i = 0; i < 4 * batch; i++) lines.push(`${prefix}z${i},${2000 + i},${20 + (i % 40)},food`);
    await writeFile(f, lines.join("\n") + "\n");
    const boom = `${prefix}z${2 * batch + 20}`; // in the third batch (rows 101-150)
    await db.query(`CREATE FUNCTION ${prefix}_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW.handle = '${boom}' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`);
    await db.query(`CREATE TRIGGER ${prefix}_boom BEFORE INSERT ON "Creator" FOR EACH ROW EXECUTE FUNCTION ${prefix}_boom()`);
    let id = "";
    process.env.SCOUT_IMPORT_BATCH_SIZE = String(batch);
    try {
      try {
        process.env.SCOUT_BULK_WRITE = "json";
        const job = await createImportJob({ fileName: "fails.csv", fileHash: await sha256File(f), fileSize: 1, storagePath: f, format: "csv", createdById: null, createdByLabel: "command line (test)", mapping: MAPPING, status: "queued" });
        id = job.id;
        await expect(runImport(id)).rejects.toThrow(/refused by the test/);
      } finally {
        await db.query(`DROP TRIGGER ${prefix}_boom ON "Creator"`);
        await db.query(`DROP FUNCTION ${prefix}_boom()`);
      }
      const count = async () => Number((await db.query(`SELECT count(*) FROM "Creator" WHERE handle LIKE $1`, [`${prefix}z%`])).rows[0].count);
      expect((await db.query(`SELECT "lastCommittedRow" FROM "ImportJob" WHERE id = $1`, [id])).rows[0].lastCommittedRow).toBe(2 * batch);
      expect(await count()).toBe(2 * batch);
      const counts = await runImport(id);
      expect(counts).toMatchObject({ created: 4 * batch, updated: 0, unchanged: 0, rejected: 0 });
      expect(await count()).toBe(4 * batch);
    } finally {
      delete process.env.SCOUT_IMPORT_BATCH_SIZE;
    }
  });
});
