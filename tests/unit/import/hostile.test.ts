// Hostile files fail with a clear ImportFileError (422 in the API, exit 1 from the command line),
// never a RangeError, an out-of-memory or a row PostgreSQL refuses. Each case is built here.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boundedJson } from "@/lib/import/cells";
import { ImportFileError } from "@/lib/import/detect";
import { normalizeRow, resolveMapping } from "@/lib/import/normalize";
import { openTable } from "@/lib/import/read";
import { zip } from "../../bench/malformed-files";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scout-hostile-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function readAll(name: string, data: string | Buffer) {
  const f = join(dir, name);
  await writeFile(f, data);
  const t = await openTable(f, name);
  let n = 0;
  for await (const _ of t.rows) n++;
  return { header: t.header, rows: n };
}

const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

describe("hostile files", () => {
  it("JSON nested 100,000 deep: a clear error, not a RangeError", async () => {
    const err = await readAll("deep.json", `[{"handle":"x","followers":1,"meta":${nested(100_000)}}]`).catch((e) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    expect(err.message).toMatch(/nested more than 64 levels deep/);
  }, 60_000);

  it("a nested value becomes a bounded cell: 20 levels kept short, 100,000 never recursed into", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const text = boundedJson(deep);
    expect(text.length).toBeLessThanOrEqual(2000);
    expect(text.startsWith('{"a":{"a":')).toBe(true);
    expect(text).toContain("{…}");
    expect(boundedJson({ x: [1, "two", null] })).toBe('{"x":[1,"two",null]}');
  });

  it("a header of 100,000 columns (and one far past the first 64 KB) is refused before it is parsed", async () => {
    const wide = ["handle", "followers", ...Array.from({ length: 99_998 }, (_, i) => `c${i}`)].join(",");
    await expect(readAll("wide.csv", `${wide}\na,1\n`)).rejects.toThrow(/has over [\d,]+ columns: an import reads at most 2,000/);
    const narrowFirst = `handle,followers\n${"a,1\n".repeat(20_000)}${"x,".repeat(5_000)}x\n`;
    await expect(readAll("wide-later.csv", narrowFirst)).rejects.toThrow(/Line 20,002 has 5,001 columns/);
  }, 60_000);

  it("a quote left open with 9 MB after it: refused at 8 MB, naming the line the row starts on; a 4 MB cell is still read", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `h_${i},${1000 + i},"bio ${i}"`).join("\n");
    // Nothing closes the quote on line 42: the rest of the file (9 MB of rows, no quotes) would be one cell.
    const open = `handle,followers,bio\n${rows}\nh_open,1000,"unclosed\n${"h_x,1000,no quote here\n".repeat(400_000)}`;
    const err = await readAll("open-quote.csv", open).catch((e) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    expect(err.message).toMatch(/^The row starting on line 42 is over 8 MB \(it reached line [\d,]+ without ending\): a quote left open, or not a list of creators\. Check the quotes on line 42\.$/);
    const big = await readAll("big-cell.csv", `handle,followers,bio\n${rows}\nh_big,1000,"${"x".repeat(4 << 20)}"\nh_after,1,x\n`);
    expect(big.rows).toBe(42);
  }, 60_000);

  it("a JSON element over 8 MB is refused with its line; elements spanning many read chunks are read whole", async () => {
    const pad = "y".repeat(9 << 20);
    const err = await readAll("big.json", `[\n{"handle":"a","followers":1},\n{"handle":"b","followers":2,"bio":"${pad}"}\n]`).catch((e) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    expect(err.message).toBe("The element starting on line 3 is over 8 MB: a JSON import is an array of creator objects.");
    // 300 KB bios (a few 64 KB chunks each), a string holding , ] and an escaped quote, odd spacing.
    const bio = (i: number) => `${String(i).repeat(100_000)} \\"q\\" ], {`;
    const many = `[ ${Array.from({ length: 5 }, (_, i) => `{"handle":"h${i}","followers":${i},"bio":"${bio(i)}"}`).join(" ,\n ")} ]\n`;
    const f = join(dir, "many.json");
    await writeFile(f, many);
    const t = await openTable(f, "many.json");
    const got: string[][] = [];
    for await (const r of t.rows) got.push(r.cells);
    expect(t.header).toEqual(["handle", "followers", "bio"]);
    expect(got).toEqual(Array.from({ length: 5 }, (_, i) => [`h${i}`, String(i), `${String(i).repeat(100_000)} "q" ], {`]));
  }, 60_000);

  it("a zip bomb named .xlsx is refused from its directory, before anything is inflated", async () => {
    const body = Buffer.alloc(4 << 20, 0x61);
    const bomb = await zip([{ name: "xl/worksheets/sheet1.xml", parts: () => [body], declaredSize: 3 * 2 ** 30 }]);
    await expect(readAll("bomb.xlsx", bomb)).rejects.toThrow(/would expand to 3072 MB from \d+ KB in “xl\/worksheets\/sheet1\.xml”/);
    const dense = await zip([{ name: "xl/sharedStrings.xml", parts: () => Array.from({ length: 80 }, () => Buffer.alloc(1 << 20, 0x62)) }]);
    await expect(readAll("dense.xlsx", dense)).rejects.toThrow(/would expand to 80 MB from \d+ KB/);
  }, 60_000);

  it("a NUL byte in a cell: the value is unknown (NULL), a handle with one is rejected with its reason", () => {
    const m = resolveMapping({ columns: { handle: "h", followers: "f", country: "c", bio: "b" }, platform: { mode: "fixed", value: "tiktok" } }, ["h", "f", "c", "b"]);
    const ok = normalizeRow(["ana", "1000", "D\u0000E", "b\u0000io"], m);
    expect(ok).toMatchObject({ ok: true, creator: { handle: "ana", followers: 1000, country: null, bio: null } });
    expect(normalizeRow(["an\u0000a", "1000", "DE", ""], m)).toEqual({ ok: false, reason: expect.stringMatching(/NUL byte/) });
  });
});
