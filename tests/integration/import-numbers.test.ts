// Number readings and XLSX through the real import (runImport, as the CLI and the worker run it)
// against real PostgreSQL: the decimal-comma export stored right, readings kept with the job and
// honoured on later runs, a multi-sheet workbook imported, a corrupt one failing with nothing written.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportFileError } from "@/lib/import/detect";
import { sha256File } from "@/lib/import/files";
import type { ImportMapping } from "@/lib/import/mapping";
import { runImport } from "@/lib/import/pipeline";
import { closeImportPools } from "@/lib/queries/import-pool";
import { createImportJob } from "@/lib/queries/import-jobs";

const prefix = `in${Date.now().toString(36)}`;
let dir: string;
let db: pg.Client;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scout-import-numbers-"));
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
});
afterAll(async () => {
  await db.query(`DELETE FROM "Creator" WHERE handle LIKE $1`, [`${prefix}%`]);
  await db.query(`DELETE FROM "ImportJob" WHERE "storagePath" LIKE $1`, [`${dir}%`]);
  await db.end();
  await closeImportPools();
  await rm(dir, { recursive: true, force: true });
});

async function newJob(file: string, mapping: ImportMapping, format = "csv") {
  return createImportJob({ fileName: file.split("/").pop()!, fileHash: await sha256File(file), fileSize: 1, storagePath: file, format, createdById: null, createdByLabel: "command line (test)", mapping, status: "queued" });
}
const followersOf = async (like: string) => (await db.query(`SELECT handle, followers FROM "Creator" WHERE handle LIKE $1 ORDER BY handle`, [like])).rows;

describe("numbers read per column, through the import", () => {
  it("stores a decimal-comma JSON export with the right followers and keeps the readings with the job", async () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ handle: `${prefix}c${String(i).padStart(2, "0")}`, stats: { followers: `${(1 + i / 100).toFixed(3).replace(".", ",")} M` } }));
    const file = join(dir, "comma.json");
    await writeFile(file, JSON.stringify(rows.map((r) => ({ handle: r.handle, followers: r.stats.followers, stats: r.stats }))));
    const mapping: ImportMapping = { columns: { handle: "handle", followers: "followers" }, platform: { mode: "fixed", value: "instagram" } };
    const job = await newJob(file, mapping, "json");
    const counts = await runImport(job.id);
    expect(counts).toMatchObject({ created: 60, rejected: 0 });
    const stored = await followersOf(`${prefix}c%`);
    expect(stored.map((r) => r.followers)).toEqual(rows.map((_, i) => Math.round((1 + i / 100) * 1e6)));
    const kept = (await db.query(`SELECT mapping FROM "ImportJob" WHERE id = $1`, [job.id])).rows[0].mapping;
    expect(kept.numbers).toEqual({ followers: { decimal: "," } });
  });

  it("reads with the readings a job was given (as its preview resolved them), not new ones", async () => {
    const file = join(dir, "given.csv");
    await writeFile(file, `handle,followers\n${prefix}g1,"12,500"\n${prefix}g2,"3,250"\n`);
    const columns = { handle: "handle", followers: "followers" };
    // Resolved from this file, the column is comma-grouped thousands; the job says decimal comma.
    const job = await newJob(file, { columns, platform: { mode: "fixed", value: "x" }, numbers: { followers: { decimal: "," } } });
    await runImport(job.id);
    expect((await followersOf(`${prefix}g%`)).map((r) => r.followers)).toEqual([13, 3]);
  });
});

describe("XLSX through the import", () => {
  let book: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Read me").addRow(["Export of 2 January 2024"]);
    const s = wb.addWorksheet("Creators");
    s.addRow(["handle", "followers", "avg likes", "joined"]);
    s.addRow([`${prefix}x1`, 12_000, { formula: "B2*0.03", result: 360 }, new Date(Date.UTC(2024, 0, 2))]);
    s.addRow([`${prefix}x2`, "1,5 Mio.", { formula: "B3*0.01", result: 15_000 }]);
    s.addRow([`${prefix}x3`, 800]);
    wb.addWorksheet("Totals").addRow(["handle", "followers"]);
    book = join(dir, "book.xlsx");
    await wb.xlsx.writeFile(book);
  });

  it("imports the sheet with the creators", async () => {
    const job = await newJob(book, { columns: { handle: "handle", followers: "followers", avgLikes: "avg likes" }, platform: { mode: "fixed", value: "instagram" } }, "xlsx");
    expect(await runImport(job.id)).toMatchObject({ created: 3, rejected: 0, byTier: { nano: 1, micro: 1, mega: 1 } });
    expect((await followersOf(`${prefix}x%`)).map((r) => r.followers)).toEqual([12_000, 1_500_000, 800]);
  });

  it("fails a corrupt workbook with a clear reason and writes nothing", async () => {
    const cut = join(dir, "cut.xlsx");
    const bytes = await readFile(book);
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const job = await newJob(cut, { columns: { handle: "handle", followers: "followers" }, platform: { mode: "fixed", value: "instagram" } }, "xlsx");
    const err = await runImport(job.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    const j = (await db.query(`SELECT status, error, "createdCount", "processedRows", (SELECT count(*)::int FROM "ImportRowError" e WHERE e."importJobId" = j.id) errors FROM "ImportJob" j WHERE id = $1`, [job.id])).rows[0];
    expect(j).toMatchObject({ status: "failed", createdCount: 0, processedRows: 0, errors: 0 });
    expect(j.error).toMatch(/^This spreadsheet could not be (opened|read)/);
  });
});
