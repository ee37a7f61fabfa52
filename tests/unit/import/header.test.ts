// A metadata preamble above the header (a title, "Prepared by:", a filter line, a blank row): generated
// preambles of 0-4 lines above generated creator lists, in CSV and XLSX, must leave the real header.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pickHeader } from "@/lib/import/cells";
import { formatProposal } from "@/lib/import/cli-mapping";
import { suggestMapping } from "@/lib/import/mapping";
import { readAll } from "../../support/import-files";

const HEADER = ["handle", "followers", "avg likes", "er %"];
const PREAMBLE_LINES: string[][] = [
  ["Creator shortlist - Q3 campaign", "", "", ""],
  ["Prepared by:", "Agency X", "", "2026-09-01"],
  ["", "", "", ""],
  ["Exported from", "Modash", "on", "2026-09-01"],
  ["Filter:", "Country = ES", "Followers > 10k", ""],
  ["Notes", "Only active creators"],
  ["Client", "Brand Y", "Budget", "EUR"],
];

const preamble = fc.array(fc.constantFrom(...PREAMBLE_LINES), { maxLength: 4 });
const dataRows = fc.array(
  fc.tuple(fc.stringMatching(/^[a-z][a-z0-9_.]{2,14}[a-z0-9]$/), fc.integer({ min: 1_000, max: 50_000_000 }), fc.integer({ min: 0, max: 90_000 }), fc.integer({ min: 1, max: 999 })),
  { minLength: 3, maxLength: 30 },
).map((rows) => rows.map(([h, f, l, r]) => [h, String(f), String(l), `${(r / 100).toFixed(2)}%`]));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scout-header-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the header below a preamble", () => {
  it("pickHeader takes the header row under 0-4 preamble lines", () => {
    fc.assert(
      fc.property(preamble, dataRows, (pre, data) => {
        expect(pickHeader([...pre, HEADER, ...data])).toBe(pre.length);
      }),
      { numRuns: 300 },
    );
  });

  it("the reviewer's layout: title, Prepared by, a blank row, the header on line 4", () => {
    expect(pickHeader([PREAMBLE_LINES[0]!, PREAMBLE_LINES[1]!, PREAMBLE_LINES[2]!, HEADER, ["ana", "1000", "10", "1%"], ["bo", "2000", "20", "2%"], ["cy", "3000", "30", "3%"]])).toBe(3);
    expect(pickHeader([["Name", "Country", "Niche"], ["Ana", "Spain", "Food"], ["Bo", "France", "Travel"]])).toBe(0);
    expect(pickHeader([HEADER])).toBe(0);
  });

  it("CSV: reads the header and every data row, and says on which line the header is", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(preamble, dataRows, async (pre, data) => {
        const f = join(dir, `p${n++}.csv`);
        await writeFile(f, [...pre, HEADER, ...data].map((r) => r.join(",")).join("\n") + "\n");
        const t = await readAll(f);
        expect(t.header).toEqual(HEADER);
        expect(t.sniffed.headerLine).toBe(pre.length + 1);
        expect(t.rows.map((r) => r.cells)).toEqual(data);
        expect(t.rows[0]!.line).toBe(pre.length + 2);
      }),
      { numRuns: 40 },
    );
  });

  it("XLSX: the same, with the preamble in the sheet", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(preamble, dataRows, async (pre, data) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("Creators");
        for (const r of pre) ws.addRow(r.map((c) => c || null));
        ws.addRow(HEADER);
        for (const r of data) ws.addRow([r[0], Number(r[1]), Number(r[2]), r[3]]);
        const f = join(dir, `p${n++}.xlsx`);
        await wb.xlsx.writeFile(f);
        const t = await readAll(f);
        expect(t.header).toEqual(HEADER);
        expect(t.sniffed.headerLine).toBe(pre.length + 1);
        expect(t.rows.map((r) => r.cells)).toEqual(data);
      }),
      { numRuns: 12 },
    );
  });

  it("the command line's proposal says which line it took as the header", () => {
    const s = suggestMapping(HEADER, { rows: [["ana", "1000", "10", "1%"]] });
    expect(formatProposal("list.csv", s, { headerLine: 4 })).toMatch(/^Header: line 4 \(3 lines above it are not read as data\)\.$/m);
    expect(formatProposal("list.xlsx", s, { headerLine: 2, sheet: "Creators" })).toMatch(/^Header: row 2 of sheet “Creators” \(1 line above it is not read as data\)\.$/m);
    expect(formatProposal("list.csv", s, { headerLine: 1 })).toMatch(/^Header: line 1\.$/m);
  });
});
