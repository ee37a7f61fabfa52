import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ImportFileError } from "@/lib/import/detect";
import { flatten, openTable, type RawRow } from "@/lib/import/read";

const fx = (name: string) => resolve(__dirname, "../../fixtures/import", name);

async function readAll(name: string) {
  const t = await openTable(fx(name), name);
  const rows: RawRow[] = [];
  for await (const r of t.rows) rows.push(r);
  return { ...t, rows };
}

describe("streaming readers", () => {
  it("reads a UTF-8 CSV with BOM and CRLF; line numbers are file lines", async () => {
    const t = await readAll("messy.csv");
    expect(t.sniffed).toMatchObject({ format: "csv", encoding: "utf8-bom", delimiter: "," });
    expect(t.header[0]).toBe("rank");
    expect(t.rows[0]).toEqual({ line: 2, cells: ["1", "@Alpha_One", "3.3k", "475.8m", "8.7m", "1.39%", "Spain"] });
    expect(t.rows[1]!.cells[3]).toBe("12,500");
    expect(t.rows.at(-1)).toEqual({ line: 7, cells: ["6", "delta", "5", "600k"] });
  });

  it("reads mixed line endings (LF above, CRLF and CR below) without a stray \\r in the last cell", async () => {
    const dir = await mkdtemp(join(tmpdir(), "scout-eol-"));
    const file = join(dir, "mixed.csv");
    const endings = ["\n", "\r\n", "\r"];
    const lines = ["handle,followers,er", ...Array.from({ length: 9 }, (_, i) => `h_${i},${10_000 + i},${i}.5`)];
    // Each line ends its own way, the first with "\n" as a preamble typed elsewhere would.
    await writeFile(file, lines.map((l, i) => l + endings[i % 3]).join(""));
    const t = await openTable(file, "mixed.csv");
    const rows: RawRow[] = [];
    for await (const r of t.rows) rows.push(r);
    expect(t.header).toEqual(["handle", "followers", "er"]);
    expect(rows.map((r) => r.cells)).toEqual(lines.slice(1).map((l) => l.split(",")));
    await rm(dir, { recursive: true, force: true });
  });

  it("decodes Windows-1252 and detects the ; delimiter", async () => {
    const t = await readAll("win1252.csv");
    expect(t.sniffed).toMatchObject({ encoding: "windows-1252", delimiter: ";" });
    expect(t.rows[0]!.cells).toEqual(["béatrice", "45\u00a0000", "França"]);
    expect(t.rows[1]!.cells[0]).toBe("josé");
  });

  it("reads TSV, JSON arrays and header names with a line break inside quotes", async () => {
    expect((await readAll("tabs.tsv")).rows[1]!.cells).toEqual(["y_two", "25000", "gaming"]);
    const j = await readAll("creators.json");
    expect(j.header).toEqual(["username", "followers", "bio"]);
    expect(j.rows.map((r) => r.cells)).toEqual([["json_a", "12.5k", ""], ["json_b", "2000000", "line\nbreak"]]);
    const h = await readAll("header-linebreak.csv");
    expect(h.header).toEqual(["Creator handle", "Followers"]);
    expect(h.rows[0]).toEqual({ line: 3, cells: ["multi_a", "30000"] });
  });

  it.each([
    ["empty.csv", /empty \(0 bytes\)/],
    ["garbage.bin", /binary/],
  ])("refuses %s with a clear message", async (name, message) => {
    await expect(openTable(fx(name), name)).rejects.toThrow(message);
  });

  it("reports an unclosed quote as a file error, not a crash", async () => {
    const err = await readAll("unclosed-quote.csv").catch((e) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    expect(err.message).toMatch(/quoted field is never closed/);
  });

  it("a header-only file has a header and no rows", async () => {
    const t = await readAll("header-only.csv");
    expect(t.header).toEqual(["handle", "followers"]);
    expect(t.rows).toEqual([]);
  });
});

describe("nested JSON exports as columns", () => {
  it("objects become dotted columns, lists of values one cell, lists of objects one column per item", () => {
    expect(flatten({ id: 1, profile: { username: "ana", stats: { followers: 12_000 } }, tags: ["beauty", "travel"], accounts: [{ platform: "tiktok", handle: "ana.t" }], empty: [] })).toEqual({
      id: 1, "profile.username": "ana", "profile.stats.followers": 12_000, tags: "beauty, travel", "accounts.0.platform": "tiktok", "accounts.0.handle": "ana.t", empty: "",
    });
  });
});
