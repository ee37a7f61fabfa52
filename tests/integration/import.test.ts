// The import pipeline against real PostgreSQL: idempotent re-import, updates with snapshots,
// rejections with reasons, resume after a killed process, and the Kim dataset's tier counts.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256File } from "@/lib/import/files";
import { suggestMapping, type ImportMapping } from "@/lib/import/mapping";
import { runImport } from "@/lib/import/pipeline";
import { openTable } from "@/lib/import/read";
import { closeImportPools } from "@/lib/queries/import-pool";
import { createImportJob } from "@/lib/queries/import-jobs";
import type { Platform } from "@/lib/domain/types";
import { requireDataset, skipWithoutDataset } from "../support/datasets";

const repoRoot = resolve(__dirname, "../..");
const prefix = `it${Date.now().toString(36)}`;
let dir: string;
let db: pg.Client;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scout-import-it-"));
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
});
afterAll(async () => {
  await db.query(`DELETE FROM "Creator" WHERE handle LIKE $1 OR "dataSource" LIKE '%kim_instagram%'`, [`${prefix}%`]);
  await db.query(`DELETE FROM "ImportJob" WHERE "storagePath" LIKE $1 OR "fileName" LIKE 'kim_instagram%'`, [`${dir}%`]);
  await db.end();
  await closeImportPools();
  await rm(dir, { recursive: true, force: true });
});

async function importFile(file: string, opts: { platform?: Platform; dryRun?: boolean; mapping?: ImportMapping } = {}) {
  const t = await openTable(file, file);
  const rows: string[][] = [];
  for await (const r of t.rows) if (rows.push(r.cells) >= 1000) break;
  await t.rows.return(undefined);
  const mapping = opts.mapping ?? suggestMapping(t.header, { rows, platform: opts.platform }).mapping!;
  const job = await createImportJob({ fileName: file.split("/").pop()!, fileHash: await sha256File(file), fileSize: 1, storagePath: file, format: t.sniffed.format, createdById: null, createdByLabel: "command line (test)", mapping, dryRun: opts.dryRun, status: "queued" });
  return { id: job.id, counts: await runImport(job.id) };
}

const creatorCount = async (like: string) => Number((await db.query(`SELECT count(*) FROM "Creator" WHERE handle LIKE $1`, [like])).rows[0].count);
const snapshotCount = async (like: string) =>
  Number((await db.query(`SELECT count(*) FROM "CreatorSnapshot" s JOIN "Creator" c ON c.id = s."creatorId" WHERE c.handle LIKE $1`, [like])).rows[0].count);

describe("import pipeline", () => {
  it("creates, then re-imports the same file without changes or duplicate snapshots, then updates from a newer file", async () => {
    const v1 = join(dir, "v1.csv");
    await writeFile(v1, `handle,followers,avg likes\n${prefix}a,9000,90\n${prefix}b,"45,000",900\n${prefix}c,2.5M,1000\n`);
    const first = await importFile(v1, { platform: "instagram" });
    expect(first.counts).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 0, byTier: { nano: 1, micro: 1, mid: 0, macro: 0, mega: 1 } });
    const again = await importFile(v1, { platform: "instagram" });
    expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(await snapshotCount(`${prefix}%`)).toBe(3);

    const v2 = join(dir, "v2.csv");
    await writeFile(v2, `handle,followers,avg likes\n${prefix}a,12000,90\n${prefix}b,"45,000",900\n`);
    const newer = await importFile(v2, { platform: "instagram" });
    expect(newer.counts).toMatchObject({ created: 0, updated: 1, unchanged: 1, byTier: { micro: 2 } });
    const a = (await db.query(`SELECT followers, tier, "engagementRate" FROM "Creator" WHERE handle = $1`, [`${prefix}a`])).rows[0];
    expect(a).toEqual({ followers: 12000, tier: "micro", engagementRate: 90 / 12000 });
    const snaps = (await db.query(`SELECT s.followers, s.tier FROM "CreatorSnapshot" s JOIN "Creator" c ON c.id = s."creatorId" WHERE c.handle = $1 ORDER BY s.followers`, [`${prefix}a`])).rows;
    expect(snaps).toEqual([{ followers: 9000, tier: "nano" }, { followers: 12000, tier: "micro" }]);
  });

  it("rejects bad rows with line numbers and reasons, keeps the first of duplicate handles, never takes a formula for a handle", async () => {
    const f = join(dir, "messy.csv");
    const src = (await import("node:fs/promises")).readFile(resolve(repoRoot, "tests/fixtures/import/messy.csv"), "utf8");
    await writeFile(f, (await src).replace(/Alpha_One|beta\.two|gamma|ALPHA_ONE|delta/gi, (m) => `${prefix}${m}`).replace('=HYPERLINK("http://x")', `=${prefix}HYPERLINK("x")`));
    const { id, counts } = await importFile(f, { platform: "instagram" });
    expect(counts).toMatchObject({ created: 2, rejected: 4 });
    const errors = (await db.query(`SELECT line, reason FROM "ImportRowError" WHERE "importJobId" = $1 ORDER BY line`, [id])).rows;
    expect(errors).toEqual([
      { line: 4, reason: 'followers: not a number: "abc"' },
      { line: 5, reason: `duplicate of line 2 (@${prefix}alpha_one on Instagram); the first occurrence is kept` },
      // A formula is no Instagram handle: refused on its row, kept as text in the rejected rows.
      { line: 6, reason: expect.stringMatching(/^"=.*HYPERLINK\("x"\)" is not an Instagram handle: it has characters a handle cannot have/) },
      { line: 7, reason: "the row has 4 fields, the header has 7 (a missing or extra delimiter?)" },
    ]);
    const raw = (await db.query(`SELECT raw FROM "ImportRowError" WHERE "importJobId" = $1 AND line = 6`, [id])).rows[0].raw;
    expect(raw.channel_info).toBe(`=${prefix}HYPERLINK("x")`);
    const kept = (await db.query(`SELECT followers FROM "Creator" WHERE handle = $1`, [`${prefix}alpha_one`])).rows[0];
    expect(kept.followers).toBe(475_800_000);
    expect(await creatorCount(`=${prefix}hyperlink%`)).toBe(0);
  });

  it("a dry run counts what would happen and writes no creator", async () => {
    const f = join(dir, "dry.csv");
    await writeFile(f, `handle,followers\n${prefix}dry1,100\n${prefix}dry2,oops\n`);
    const { counts } = await importFile(f, { platform: "tiktok", dryRun: true });
    expect(counts).toMatchObject({ created: 1, rejected: 1 });
    expect(await creatorCount(`${prefix}dry%`)).toBe(0);
  });

  it("a dry run counts, tier by tier, what the import of the same file then writes", async () => {
    const f = join(dir, "dry-tiers.csv");
    await writeFile(f, `handle,followers\n${prefix}dt1,500\n${prefix}dt2,50000\n${prefix}dt3,5000000\n${prefix}dt4,oops\n`);
    const dry = await importFile(f, { platform: "tiktok", dryRun: true });
    expect(await creatorCount(`${prefix}dt%`)).toBe(0);
    const real = await importFile(f, { platform: "tiktok" });
    expect(real.counts).toMatchObject({ created: 3, rejected: 1, byTier: { nano: 1, micro: 1, mega: 1 } });
    expect(dry.counts).toEqual(real.counts);
  });

  it("resumes after the importing process is killed, without duplicates", async () => {
    const n = 30_000;
    const f = join(dir, "big.csv");
    const lines = ["handle,followers,avg likes"];
    for (let i = 0; i < n; i++) lines.push(`${prefix}k${i},${1000 + i * 7},${10 + (i % 50)}`);
    await writeFile(f, lines.join("\n") + "\n");
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", f, "--platform", "tiktok"], { cwd: repoRoot, env: { ...process.env, SCOUT_IMPORT_FAILPOINT: "after-batch:2" }, stdio: "ignore", detached: true });
    // The failpoint kills the importer right after its second batch commits: a crash at a known point.
    const signal = await new Promise((r) => child.once("exit", (_code, sig) => r(sig)));
    expect(signal).toBe("SIGKILL");
    const job: { id: string } = (await db.query(`SELECT id FROM "ImportJob" WHERE "storagePath" = $1`, [f])).rows[0];
    const at = (await db.query(`SELECT "lastCommittedRow", status FROM "ImportJob" WHERE id = $1`, [job!.id])).rows[0];
    expect(at.status).toBe("running");
    // Batches 1-2 committed; batch 3, already on the other connection, may have committed beside them.
    expect([10_000, 15_000]).toContain(at.lastCommittedRow);
    // Only whole batches are in the catalog: nothing half-written.
    expect(await creatorCount(`${prefix}k%`)).toBe(at.lastCommittedRow);

    const counts = await runImport(job!.id);
    expect(counts).toMatchObject({ created: n, updated: 0, unchanged: 0, rejected: 0 });
    expect(await creatorCount(`${prefix}k%`)).toBe(n);
    expect(await snapshotCount(`${prefix}k%`)).toBe(n);
  }, 240_000); // a 30,000-row import twice, in a child process: minutes on a busy 2-core machine

  it("a batch that fails takes the batch upserted beside it (on the second connection) down with it; the job resumes from the last commit", async () => {
    const n = 25_000;
    const f = join(dir, "fails.csv");
    const lines = ["handle,followers,avg likes"];
    for (let i = 0; i < n; i++) lines.push(`${prefix}z${i},${2000 + i},${20 + (i % 40)}`);
    await writeFile(f, lines.join("\n") + "\n");
    // The server refuses one row of the third batch (rows 10,001-15,000), as a constraint or a full
    // disk would; the fourth batch is by then written, uncommitted, on the other connection.
    const boom = `${prefix}z12000`;
    await db.query(`CREATE FUNCTION ${prefix}_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW.handle = '${boom}' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`);
    await db.query(`CREATE TRIGGER ${prefix}_boom BEFORE INSERT ON "Creator" FOR EACH ROW EXECUTE FUNCTION ${prefix}_boom()`);
    let id: string;
    try {
      const t = await openTable(f, f);
      await t.rows.return(undefined);
      const job = await createImportJob({ fileName: "fails.csv", fileHash: await sha256File(f), fileSize: 1, storagePath: f, format: t.sniffed.format, createdById: null, createdByLabel: "command line (test)", mapping: suggestMapping(t.header, "instagram").mapping!, status: "queued" });
      id = job.id;
      await expect(runImport(id)).rejects.toThrow(/refused by the test/);
    } finally {
      await db.query(`DROP TRIGGER ${prefix}_boom ON "Creator"`);
      await db.query(`DROP FUNCTION ${prefix}_boom()`);
    }
    const at = (await db.query(`SELECT "lastCommittedRow", "createdCount" FROM "ImportJob" WHERE id = $1`, [id])).rows[0];
    expect(at).toEqual({ lastCommittedRow: 10_000, createdCount: 10_000 });
    expect(await creatorCount(`${prefix}z%`)).toBe(10_000);
    expect(await snapshotCount(`${prefix}z%`)).toBe(10_000);

    const counts = await runImport(id);
    expect(counts).toMatchObject({ created: n, updated: 0, unchanged: 0, rejected: 0 });
    expect(await creatorCount(`${prefix}z%`)).toBe(n);
    expect(await snapshotCount(`${prefix}z%`)).toBe(n);
  });

  it("a file that breaks part-way (a quote left open after 6,000 rows) commits whole batches only and says which rows remain", async () => {
    const f = join(dir, "open-quote.csv");
    const lines = ["handle,followers,avg likes"];
    for (let i = 0; i < 6_000; i++) lines.push(`${prefix}q${i},${1000 + i},${10 + (i % 50)}`);
    lines.push(`${prefix}q6000,"1000,10`); // the quote opens on line 6,002 and never closes
    for (let i = 6_001; i < 6_500; i++) lines.push(`${prefix}q${i},${1000 + i},10`);
    await writeFile(f, lines.join("\n") + "\n");
    const err = await importFile(f, { platform: "tiktok", mapping: { columns: { handle: "handle", followers: "followers", avgLikes: "avg likes" }, platform: { mode: "fixed", value: "tiktok" } } }).catch((e) => e);
    expect(err.message).toMatch(/quoted field is never closed/);
    const job = (await db.query(`SELECT status, error, "lastCommittedRow" FROM "ImportJob" WHERE "storagePath" = $1`, [f])).rows[0];
    expect(job.status).toBe("failed");
    // Batches of 5,000: the first committed whole, rows 5,001-6,000 (in the batch the error cut) were not written.
    expect(job.lastCommittedRow).toBe(5_000);
    expect(await creatorCount(`${prefix}q%`)).toBe(5_000);
    expect(job.error).toContain("The first 5,000 rows (to line 5,001 of the file) were imported in whole batches; the rows after them were not.");
  }, 120_000);

  it.skipIf(skipWithoutDataset("kim_instagram_influencers.csv"))("imports the Kim dataset: 33,935 rows, 12,349 micro and 677 macro", async () => {
    const { counts } = await importFile(requireDataset("kim_instagram_influencers.csv"), { platform: "instagram" });
    expect(counts.created + counts.updated + counts.unchanged).toBe(33_935);
    expect(counts.rejected).toBe(0);
    expect(counts.byTier.micro).toBe(12_349);
    expect(counts.byTier.macro).toBe(677);
  });
});
