// XLSX as people send it, made in the test with exceljs: a cover sheet before the data, numbers,
// dates, formula cells (their cached results are read, never evaluated) and a corrupt file.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportFileError } from "@/lib/import/detect";
import { resolveMapping } from "@/lib/import/normalize";
import { analyzeFile, withNumberReadings } from "@/lib/import/preview";
import { openTable } from "@/lib/import/read";
import { rowChecker } from "@/lib/import/rows";
import { readAll } from "../../support/import-files";

let dir: string;
let book: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scout-xlsx-"));
  book = join(dir, "creators.xlsx");
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet("Notes");
  notes.addRow(["Creator list, exported 2 January 2024"]);
  notes.addRow(["Ask Ana before sharing."]);
  const data = wb.addWorksheet("Creators");
  data.addRow(["Q1 shortlist"]); // a title line above the header
  data.addRow(["handle", "followers", "joined", "avg likes", "rate"]);
  data.addRow(["ana.makes", 45_000, new Date(Date.UTC(2024, 0, 2)), { formula: "B3*0.02", result: 900 }, 0.02]);
  data.addRow(["bo_cooks", "1,2 Mio.", new Date(Date.UTC(2023, 5, 30)), { formula: "B4*0.01", result: 12_000 }, "3,5%"]);
  data.addRow(["cy", 8_500.4, "no date", { formula: "NOW()" }, null]);
  data.getCell("C3").numFmt = "yyyy-mm-dd";
  data.getCell("C4").numFmt = "dd.mm.yyyy";
  const totals = wb.addWorksheet("Totals");
  totals.addRow(["handle", "followers"]);
  totals.addRow(["total", 1_253_500]);
  await wb.xlsx.writeFile(book);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("XLSX", () => {
  it("reads the first sheet with a header, passing over a cover sheet, and says which of the sheets it read", async () => {
    const t = await readAll(book);
    expect(t.sniffed).toMatchObject({ format: "xlsx", sheet: "Creators", sheets: ["Notes", "Creators", "Totals"] });
    expect(t.header).toEqual(["handle", "followers", "joined", "avg likes", "rate"]);
    expect(t.rows.map((r) => r.line)).toEqual([3, 4, 5]);
    expect((await analyzeFile(book, "creators.xlsx")).sniffed.sheet).toBe("Creators");
  });

  it("gives numbers as numbers, dates as days and formulas as their cached result (none when there is none)", async () => {
    const t = await readAll(book);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ["ana.makes", "45000", "2024-01-02", "900", "0.02"],
      ["bo_cooks", "1,2 Mio.", "2023-06-30", "12000", "3,5%"],
      ["cy", "8500.4", "no date", "", ""],
    ]);
  });

  it("imports those rows as the catalog would store them", async () => {
    const mapping = { columns: { handle: "handle", followers: "followers", avgLikes: "avg likes", engagementRate: "rate" }, platform: { mode: "fixed", value: "instagram" } } as const;
    const resolved = await withNumberReadings(book, "creators.xlsx", mapping);
    const t = await readAll(book);
    const check = rowChecker(t.header.length, resolveMapping(resolved.mapping, t.header));
    const got = t.rows.map((r) => check(r.cells, r.line)).map((v) => (v.ok ? [v.creator.handle, v.creator.followers, v.creator.avgLikes, v.creator.importedRate] : v.reason));
    expect(got).toEqual([
      ["ana.makes", 45_000, 900, 0.02],
      ["bo_cooks", 1_200_000, 12_000, 0.035],
      ["cy", 8_500, null, null],
    ]);
  });

  it("reads the same workbook every time (exceljs's reader now and then trips over its own parts order)", async () => {
    const failures: string[] = [];
    for (let i = 0; i < 60; i++) {
      const t = await openTable(book, "creators.xlsx").catch((e: Error) => e);
      if (t instanceof Error) failures.push(t.message);
      else await t.rows.return(undefined);
    }
    expect(failures).toEqual([]);
  });

  it("refuses a corrupt workbook with a clear message", async () => {
    const cut = join(dir, "cut.xlsx");
    const bytes = await readFile(book);
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const err = await readAll(cut).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    expect((err as Error).message).toMatch(/^This spreadsheet could not be (opened|read)/);
  });

  it("names a blank header cell “Column N” and reads rows with gaps, instead of failing on the holes", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Creators");
    ws.addRow(["handle", null, "followers", null, "country"]);
    ws.addRow(["ana.makes", null, 45_000, null, "Spain"]);
    ws.addRow(["bo_cooks", "note", 12_000]);
    for (let i = 0; i < 20; i++) ws.addRow([`c${i}.x`, null, 1_000 + i, null, "France"]);
    const f = join(dir, "gaps.xlsx");
    await wb.xlsx.writeFile(f);
    const t = await readAll(f);
    expect(t.header).toEqual(["handle", "Column 2", "followers", "Column 4", "country"]);
    expect(t.rows[0]!.cells).toEqual(["ana.makes", "", "45000", "", "Spain"]);
    expect(t.rows[1]!.cells).toEqual(["bo_cooks", "note", "12000", "", ""]);
    const a = await analyzeFile(f, "gaps.xlsx");
    expect(a.header).toEqual(t.header);
    const check = rowChecker(t.header.length, resolveMapping({ columns: { handle: "handle", followers: "followers", country: "country" }, platform: { mode: "fixed", value: "instagram" } }, t.header));
    expect(check(t.rows[0]!.cells, t.rows[0]!.line)).toMatchObject({ ok: true, creator: { handle: "ana.makes", followers: 45_000, country: "ES" } });
  });

  it("says which sheets it looked at when none has a header", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRow([1, 2, 3]);
    wb.addWorksheet("Sheet2").addRow(["only one cell"]);
    const f = join(dir, "headless.xlsx");
    await wb.xlsx.writeFile(f);
    await expect(readAll(f)).rejects.toThrow("No worksheet has a header row in its first 10 rows (sheets: Sheet1, Sheet2)");
  });
});
